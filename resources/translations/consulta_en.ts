<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ClientActions</name>
        <message numerus="yes">
            <location filename="../../ui/clients/client_actions.py" line="+118" />
            <source>Move %n client(s) to the trash? You can restore them from Show ▸ Trash.</source>
            <translation>
                <numerusform>Move %n client to the trash? You can restore them from Show ▸ Trash.</numerusform>
                <numerusform>Move %n clients to the trash? You can restore them from Show ▸ Trash.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Erase %n client(s) and everything recorded about them? This cannot be undone.</source>
            <translation>
                <numerusform>Erase %n client and everything recorded about them? This cannot be undone.</numerusform>
                <numerusform>Erase %n clients and everything recorded about them? This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClientListView</name>
        <message numerus="yes">
            <location filename="../../ui/clients/client_list_view.py" line="+240" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactsArea</name>
        <message numerus="yes">
            <location filename="../../ui/contacts/contacts_area.py" line="+116" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GeneralSettingsPage</name>
        <message numerus="yes">
            <location filename="../../ui/settings/general_page.py" line="+132" />
            <source>Consulta now locks after %n minute(s) without use.</source>
            <translation>
                <numerusform>Consulta now locks after %n minute without use.</numerusform>
                <numerusform>Consulta now locks after %n minutes without use.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message numerus="yes">
            <location filename="../../ui/workspace/passphrase_fields.py" line="+24" />
            <source>At least %n characters</source>
            <translation>
                <numerusform>At least %n character</numerusform>
                <numerusform>At least %n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>Too short: %n more characters needed.</source>
            <translation>
                <numerusform>Too short: %n more character needed.</numerusform>
                <numerusform>Too short: %n more characters needed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonalTab</name>
        <message numerus="yes">
            <location filename="../../ui/clients/record/personal_tab.py" line="+163" />
            <location line="+45" />
            <source>%n person(s) have a value in it; those values will be deleted too. This cannot be undone.</source>
            <translation>
                <numerusform>%n person has a value in it; that value will be deleted too. This cannot be undone.</numerusform>
                <numerusform>%n people have a value in it; those values will be deleted too. This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message numerus="yes">
            <location filename="../../ui/clients/tag_manager_dialog.py" line="+87" />
            <source>%1 — %n client(s)</source>
            <translation>
                <numerusform>%1 — %n client</numerusform>
                <numerusform>%1 — %n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+76" />
            <source>Delete the tag “%1”? %n client(s) carry it; they keep everything else, only the tag goes.</source>
            <translation>
                <numerusform>Delete the tag “%1”? %n client carries it; they keep everything else, only the tag goes.</numerusform>
                <numerusform>Delete the tag “%1”? %n clients carry it; they keep everything else, only the tag goes.</numerusform>
            </translation>
        </message>
    </context>
</TS>
