<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name>AddressEditor</name>
        <message>
            <location filename="../../ui/clients/record/field_editors.py" line="+142" />
            <source>Street</source>
            <translation>Rua</translation>
        </message>
        <message>
            <location line="+0" />
            <source>City</source>
            <translation>Localidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Region</source>
            <translation>Distrito/região</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>País</translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <location filename="../../ui/backup_action.py" line="+32" />
            <source>Backing up…</source>
            <translation>A fazer cópia de segurança…</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Backup saved</source>
            <translation>Cópia de segurança guardada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An encrypted copy of your workspace was saved as:
%1

It opens with the same passphrase.</source>
            <translation>Foi guardada uma cópia encriptada do seu espaço de trabalho como:
%1

Abre com a mesma frase-passe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show folder</source>
            <translation>Mostrar pasta</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Backup failed</source>
            <translation>A cópia de segurança falhou</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../ui/workspace/change_passphrase_dialog.py" line="+27" />
            <location line="+17" />
            <source>Change passphrase</source>
            <translation>Alterar a frase-passe</translation>
        </message>
        <message>
            <location line="-14" />
            <source>The workspace is re-encrypted with the new passphrase. Backups made before keep the passphrase they were made with.</source>
            <translation>O espaço de trabalho é encriptado de novo com a nova frase-passe. As cópias de segurança anteriores mantêm a frase-passe com que foram feitas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Current passphrase</source>
            <translation>Frase-passe atual</translation>
        </message>
    </context>
    <context>
        <name>ClientActions</name>
        <message>
            <location filename="../../ui/clients/client_actions.py" line="+49" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete permanently…</source>
            <translation>Eliminar definitivamente…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set status</source>
            <translation>Alterar estado</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add tag</source>
            <translation>Adicionar etiqueta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove tag</source>
            <translation>Remover etiqueta</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Manage tags…</source>
            <translation>Gerir etiquetas…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move to trash…</source>
            <translation>Mover para o lixo…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not done</source>
            <translation>Não foi feito</translation>
        </message>
        <message numerus="yes">
            <location line="+28" />
            <source>Move %n client(s) to the trash? You can restore them from Show ▸ Trash.</source>
            <translation>
                <numerusform>Mover %n cliente para o lixo? Pode restaurá-lo em Mostrar ▸ Lixo.</numerusform>
                <numerusform>Mover %n clientes para o lixo? Pode restaurá-los em Mostrar ▸ Lixo.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Move to trash</source>
            <translation>Mover para o lixo</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Erase %n client(s) and everything recorded about them? This cannot be undone.</source>
            <translation>
                <numerusform>Apagar %n cliente e tudo o que está registado sobre ele? Não é possível anular.</numerusform>
                <numerusform>Apagar %n clientes e tudo o que está registado sobre eles? Não é possível anular.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+1" />
            <source>Delete permanently</source>
            <translation>Eliminar definitivamente</translation>
        </message>
    </context>
    <context>
        <name>ClientListView</name>
        <message>
            <location filename="../../ui/clients/client_list_view.py" line="+50" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+ New client</source>
            <translation>+ Novo cliente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New client (Ctrl+N)</source>
            <translation>Novo cliente (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Filter by name, email or phone</source>
            <translation>Filtrar por nome, email ou telefone</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation>Todos os estados</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leads</source>
            <translation>Potenciais</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show only leads: people who have not started yet</source>
            <translation>Mostrar só clientes potenciais: pessoas que ainda não começaram</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Current clients</source>
            <translation>Clientes atuais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archived</source>
            <translation>Arquivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash</source>
            <translation>Lixo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Actions on the selected clients (menu key)</source>
            <translation>Ações sobre os clientes selecionados (tecla de menu)</translation>
        </message>
        <message>
            <location line="+39" />
            <source>No clients here</source>
            <translation>Não há clientes aqui</translation>
        </message>
        <message>
            <location line="+80" />
            <source>All tags</source>
            <translation>Todas as etiquetas</translation>
        </message>
        <message numerus="yes">
            <location line="+33" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n cliente</numerusform>
                <numerusform>%n clientes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>No clients match</source>
            <translation>Nenhum cliente corresponde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try fewer letters, or another status or tag.</source>
            <translation>Experimente menos letras, ou outro estado ou etiqueta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The trash is empty</source>
            <translation>O lixo está vazio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clients you delete stay here until you erase them.</source>
            <translation>Os clientes que elimina ficam aqui até os apagar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No archived clients</source>
            <translation>Não há clientes arquivados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archived clients are kept here, out of your daily list.</source>
            <translation>Os clientes arquivados ficam aqui, fora da sua lista diária.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No clients yet</source>
            <translation>Ainda não há clientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The people you serve will be listed here.</source>
            <translation>As pessoas que acompanha aparecerão aqui.</translation>
        </message>
    </context>
    <context>
        <name>ClientRecordView</name>
        <message>
            <location filename="../../ui/clients/record/record_view.py" line="+77" />
            <source>← Clients</source>
            <translation>← Clientes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Back to the list (Ctrl+W)</source>
            <translation>Voltar à lista (Ctrl+W)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This client is in the trash. Restore them to work with the record again, or delete them permanently.</source>
            <translation>Este cliente está no lixo. Restaure-o para voltar a trabalhar com a ficha, ou elimine-o definitivamente.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Delete permanently…</source>
            <translation>Eliminar definitivamente…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This part of Consulta is not in this version yet. Anything already in your workspace is kept safe and will show here.</source>
            <translation>Esta parte do Consulta ainda não está nesta versão. Tudo o que já está no seu espaço de trabalho é guardado em segurança e aparecerá aqui.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overview</source>
            <translation>Visão geral</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal</source>
            <translation>Pessoal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships</source>
            <translation>Relações</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documentation</source>
            <translation>Documentação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Inbox</source>
            <translation>Caixa de entrada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Billing</source>
            <translation>Faturação</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Unarchive</source>
            <translation>Desarquivar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Archive</source>
            <translation>Arquivar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move to trash…</source>
            <translation>Mover para o lixo…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No tags yet: create them from the clients list.</source>
            <translation>Ainda não há etiquetas: crie-as a partir da lista de clientes.</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+3" />
            <source>Move to trash</source>
            <translation>Mover para o lixo</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Move %1 to the trash? The record is kept and can be restored from the trash.</source>
            <translation>Mover %1 para o lixo? A ficha é mantida e pode ser restaurada a partir do lixo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot delete</source>
            <translation>Não é possível eliminar</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Delete permanently</source>
            <translation>Eliminar definitivamente</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Delete %1 and everything in their record for good? This cannot be undone.</source>
            <translation>Eliminar %1 e tudo o que está na sua ficha para sempre? Não é possível anular.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not changed</source>
            <translation>Não foi alterado</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Unsaved changes in %1's Personal tab</source>
            <translation>Alterações por guardar no separador Pessoal de %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unsaved changes</source>
            <translation>Alterações por guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have changes in the Personal tab that are not saved. Close the record and discard them?</source>
            <translation>Tem alterações por guardar no separador Pessoal. Fechar a ficha e descartá-las?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard changes</source>
            <translation>Descartar alterações</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <location filename="../../ui/models/client_table_model.py" line="+40" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next appointment</source>
            <translation>Próxima consulta</translation>
        </message>
    </context>
    <context>
        <name>ClientsArea</name>
        <message>
            <location filename="../../ui/clients/clients_area.py" line="+34" />
            <source>Unsaved changes</source>
            <translation>Alterações por guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the other record and discard these changes?</source>
            <translation>Abrir a outra ficha e descartar estas alterações?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard changes</source>
            <translation>Descartar alterações</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../ui/contacts/new_contact_dialog.py" line="+33" />
            <source>name@example.com</source>
            <translation>nome@exemplo.pt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Health centre, school</source>
            <translation>p. ex. centro de saúde, escola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Family doctor</source>
            <translation>p. ex. médico de família</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;First name</source>
            <translation>&amp;Nome próprio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Last name</source>
            <translation>&amp;Apelido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Email</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <location line="+0" />
            <source>P&amp;hone</source>
            <translation>&amp;Telefone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organization</source>
            <translation>&amp;Organização</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Role</source>
            <translation>&amp;Função</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Give a first name or a last name.</source>
            <translation>Indique um nome próprio ou um apelido.</translation>
        </message>
    </context>
    <context>
        <name>ContactProfileView</name>
        <message>
            <location filename="../../ui/contacts/contact_profile_view.py" line="+39" />
            <source>← Contacts</source>
            <translation>← Contactos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;vert to client…</source>
            <translation>Con&amp;verter em cliente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move to &amp;trash…</source>
            <translation>Mover para o &amp;lixo…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Related clients</source>
            <translation>Clientes relacionados</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Details</source>
            <translation>Dados pessoais</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Not related to any client yet. Link them from a client's Relationships tab.</source>
            <translation>Ainda não está relacionado com nenhum cliente. Ligue-o a partir do separador Relações de um cliente.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Open this client's record</source>
            <translation>Abrir a ficha deste cliente</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Your changes to the contact %1 are not saved.</source>
            <translation>As suas alterações ao contacto %1 não estão guardadas.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Make %1 a client? They keep their details and relationships, and start as a lead. Contacts cannot have notes or invoices; clients can.</source>
            <translation>Tornar %1 um cliente? Mantém os seus dados e relações, e começa como cliente potencial. Os contactos não podem ter notas nem faturas; os clientes podem.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not converted</source>
            <translation>Não foi convertido</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Convert to client</source>
            <translation>Converter em cliente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move %1 to the trash? Their links to clients are hidden until restored.</source>
            <translation>Mover %1 para o lixo? As suas ligações a clientes ficam ocultas até ser restaurado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not moved</source>
            <translation>Não foi movido</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Move to trash</source>
            <translation>Mover para o lixo</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <location filename="../../ui/models/contact_table_model.py" line="+16" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
    </context>
    <context>
        <name>ContactsArea</name>
        <message>
            <location filename="../../ui/contacts/contacts_area.py" line="+43" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ New contact</source>
            <translation>+ Novo contacto</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Filter by name, email or phone</source>
            <translation>Filtrar por nome, email ou telefone</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Current contacts</source>
            <translation>Contactos atuais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash</source>
            <translation>Lixo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+44" />
            <source>No contacts yet</source>
            <translation>Ainda não há contactos</translation>
        </message>
        <message numerus="yes">
            <location line="-11" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contacto</numerusform>
                <numerusform>%n contactos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>No contacts match</source>
            <translation>Nenhum contacto corresponde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try fewer letters, or search the whole window.</source>
            <translation>Experimente menos letras, ou pesquise em toda a janela.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The trash is empty</source>
            <translation>O lixo está vazio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contacts you move to the trash wait here.</source>
            <translation>Os contactos que move para o lixo ficam aqui.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Relatives, referrers and other practitioners around your clients. Add one with + New contact.</source>
            <translation>Familiares, quem encaminha e outros profissionais à volta dos seus clientes. Adicione um com + Novo contacto.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Not restored</source>
            <translation>Não foi restaurado</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Unsaved changes</source>
            <translation>Alterações por guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard changes</source>
            <translation>Descartar alterações</translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <location filename="../../app/documents/fonts.py" line="+62" />
            <source>The font file {path} cannot be read: {reason}</source>
            <translation>Não é possível ler o ficheiro de tipo de letra {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/self_check.py" line="+227" />
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create an encrypted workspace</source>
            <translation>Criar um espaço de trabalho encriptado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write a client</source>
            <translation>Guardar um cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen and read it back</source>
            <translation>Reabrir e voltar a ler</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workspace file is encrypted</source>
            <translation>O ficheiro do espaço de trabalho está encriptado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database migrations</source>
            <translation>Migrações da base de dados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fonts and PDF</source>
            <translation>Tipos de letra e PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keyring</source>
            <translation>Porta-chaves</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail worker</source>
            <translation>Correio em segundo plano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sample data</source>
            <translation>Dados de exemplo</translation>
        </message>
        <message>
            <location filename="../../app/services/clients.py" line="+48" />
            <location filename="../../app/services/people.py" line="+191" />
            <source>Unknown status.</source>
            <translation>Estado desconhecido.</translation>
        </message>
        <message>
            <location filename="../../app/services/custom_fields.py" line="+32" />
            <source>Details</source>
            <translation>Dados pessoais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact information</source>
            <translation>Dados de contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+12" />
            <source>Address</source>
            <translation>Morada</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Long text</source>
            <translation>Texto longo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Single choice</source>
            <translation>Escolha única</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple choice</source>
            <translation>Escolha múltipla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checkbox</source>
            <translation>Caixa de verificação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+46" />
            <source>This section no longer exists.</source>
            <translation>Esta secção já não existe.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This field no longer exists.</source>
            <translation>Este campo já não existe.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A name is required.</source>
            <translation>É necessário um nome.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A choice field needs at least two options.</source>
            <translation>Um campo de escolha precisa de pelo menos duas opções.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>The standard sections cannot be deleted; delete their custom fields instead.</source>
            <translation>As secções padrão não podem ser eliminadas; elimine antes os seus campos personalizados.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+92" />
            <source>Choose a field type.</source>
            <translation>Escolha um tipo de campo.</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Choose one of the options.</source>
            <translation>Escolha uma das opções.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose among the options.</source>
            <translation>Escolha entre as opções.</translation>
        </message>
        <message>
            <location filename="../../app/services/people.py" line="-157" />
            <source>Lead</source>
            <translation>Potencial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inactive</source>
            <translation>Inativo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archived</source>
            <translation>Arquivado</translation>
        </message>
        <message>
            <location line="+105" />
            <location filename="../../app/services/tags.py" line="+101" />
            <source>This record no longer exists.</source>
            <translation>Esta ficha já não existe.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>A first name or a last name is required.</source>
            <translation>É necessário um nome próprio ou um apelido.</translation>
        </message>
        <message>
            <location line="+47" />
            <location filename="../../app/services/tags.py" line="-48" />
            <source>That tag no longer exists.</source>
            <translation>Essa etiqueta já não existe.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>This client has issued invoices or payments, which must be kept by law. The record can stay in the trash but cannot be erased.</source>
            <translation>Este cliente tem faturas ou pagamentos emitidos, que a lei obriga a conservar. A ficha pode ficar no lixo, mas não pode ser apagada.</translation>
        </message>
        <message>
            <location filename="../../app/services/practice.py" line="+67" />
            <location filename="../../app/workspace.py" line="+338" />
            <source>Please give your practice a name.</source>
            <translation>Dê um nome ao seu consultório.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter a whole number of zero or more.</source>
            <translation>Introduza um número inteiro igual ou superior a zero.</translation>
        </message>
        <message>
            <location filename="../../app/services/relationships.py" line="+22" />
            <source>Parent</source>
            <translation>Pai/mãe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child</source>
            <translation>Filho/filha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spouse/partner</source>
            <translation>Cônjuge/companheiro(a)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sibling</source>
            <translation>Irmão/irmã</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guardian</source>
            <translation>Tutor(a) legal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Under guardianship</source>
            <translation>Sob tutela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency contact</source>
            <translation>Contacto de emergência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency contact for</source>
            <translation>Contacto de emergência de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referring practitioner</source>
            <translation>Profissional que encaminhou</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred client</source>
            <translation>Cliente encaminhado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred to</source>
            <translation>Encaminhado para</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred by</source>
            <translation>Encaminhado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Choose or type a relationship type.</source>
            <translation>Escolha ou escreva um tipo de relação.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A person cannot be related to themselves.</source>
            <translation>Uma pessoa não pode ter uma relação consigo própria.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Relationships link a client to another client or to a contact.</source>
            <translation>As relações ligam um cliente a outro cliente ou a um contacto.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These two are already connected; edit the existing relationship instead.</source>
            <translation>Estas duas pessoas já estão ligadas; edite antes a relação existente.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose client or contact.</source>
            <translation>Escolha cliente ou contacto.</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+18" />
            <source>This relationship no longer exists.</source>
            <translation>Esta relação já não existe.</translation>
        </message>
        <message>
            <location filename="../../app/services/tags.py" line="-19" />
            <source>A tag needs a name.</source>
            <translation>Uma etiqueta precisa de um nome.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A tag called “{name}” already exists.</source>
            <translation>Já existe uma etiqueta chamada «{name}».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a color.</source>
            <translation>Escolha uma cor.</translation>
        </message>
        <message>
            <location filename="../../app/services/validation.py" line="+26" />
            <source>“{value}” is not a valid email address (like name@example.com).</source>
            <translation>«{value}» não é um endereço de email válido (como nome@exemplo.pt).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>“{value}” is not a valid phone number: use digits, spaces and an optional leading +.</source>
            <translation>«{value}» não é um número de telefone válido: use algarismos, espaços e, se quiser, um + no início.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The date of birth cannot be in the future.</source>
            <translation>A data de nascimento não pode ser no futuro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The date of birth must be after 1900.</source>
            <translation>A data de nascimento tem de ser posterior a 1900.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“{value}” is not a valid date.</source>
            <translation>«{value}» não é uma data válida.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+4" />
            <source>“{value}” is not a number.</source>
            <translation>«{value}» não é um número.</translation>
        </message>
        <message>
            <location filename="../../app/store/engine.py" line="+85" />
            <source>The disk is full. Free some space and try again.</source>
            <translation>O disco está cheio. Liberte algum espaço e tente novamente.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/workspace.py" line="-74" />
            <location line="+29" />
            <location line="+20" />
            <source>“{path}” is not a Consulta workspace, or it is damaged.</source>
            <translation>«{path}» não é um espaço de trabalho do Consulta, ou está danificado.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../app/workspace.py" line="-40" />
            <source>That passphrase does not open this workspace. Check it and try again.</source>
            <translation>Essa frase-passe não abre este espaço de trabalho. Verifique-a e tente novamente.</translation>
        </message>
        <message>
            <location filename="../../app/store/keys.py" line="+58" />
            <source>Too short</source>
            <translation>Demasiado curta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weak</source>
            <translation>Fraca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fair</source>
            <translation>Razoável</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good</source>
            <translation>Boa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong</source>
            <translation>Forte</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The passphrase needs at least {n} characters.</source>
            <translation>A frase-passe precisa de pelo menos {n} caracteres.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The two passphrases are not the same.</source>
            <translation>As duas frases-passe não são iguais.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The system keyring could not be loaded.</source>
            <translation>Não foi possível carregar o porta-chaves do sistema.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This computer has no keyring service (such as GNOME Keyring or KWallet) running, so the passphrase cannot be remembered. You will be asked for it each time.</source>
            <translation>Este computador não tem nenhum serviço de porta-chaves a funcionar (como o GNOME Keyring ou o KWallet), por isso a frase-passe não pode ser lembrada. Ser-lhe-á pedida sempre.</translation>
        </message>
        <message>
            <location filename="../../app/store/lock.py" line="+25" />
            <source>This workspace is already open in another Consulta window: {path}</source>
            <translation>Este espaço de trabalho já está aberto noutra janela do Consulta: {path}</translation>
        </message>
        <message>
            <location filename="../../app/workspace.py" line="-184" />
            <source>The disk is full, so the last change was not saved. Free some space and try again.</source>
            <translation>O disco está cheio, por isso a última alteração não foi guardada. Liberte algum espaço e tente novamente.</translation>
        </message>
        <message>
            <location line="+82" />
            <source>The disk is full: the copy was not made. Free some space and try again.</source>
            <translation>O disco está cheio: a cópia não foi feita. Liberte algum espaço e tente novamente.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The copy could not be written to {path}: {reason}</source>
            <translation>Não foi possível escrever a cópia em {path}: {reason}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The current passphrase is not correct.</source>
            <translation>A frase-passe atual não está correta.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>There is no workspace at “{path}”.</source>
            <translation>Não existe nenhum espaço de trabalho em «{path}».</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“{path}” cannot be read: {reason}</source>
            <translation>Não é possível ler «{path}»: {reason}</translation>
        </message>
        <message>
            <location line="+85" />
            <source>A file already exists at “{path}”; it was left as it is.</source>
            <translation>Já existe um ficheiro em «{path}»; foi deixado como estava.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The folder {path} cannot be created: {reason}</source>
            <translation>Não é possível criar a pasta {path}: {reason}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The disk is full: the workspace was not created. Free some space and try again.</source>
            <translation>O disco está cheio: o espaço de trabalho não foi criado. Liberte algum espaço e tente novamente.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../ui/crash.py" line="+28" />
            <source>Something went wrong</source>
            <translation>Algo correu mal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta hit an unexpected problem. Your saved work is safe in the workspace; the last unsaved change may need to be made again.</source>
            <translation>O Consulta teve um problema inesperado. O que já guardou está seguro no espaço de trabalho; talvez tenha de repetir a última alteração por guardar.</translation>
        </message>
    </context>
    <context>
        <name>CreateWorkspaceDialog</name>
        <message>
            <location filename="../../ui/workspace/create_dialog.py" line="+38" />
            <location line="+4" />
            <source>Create your workspace</source>
            <translation>Crie o seu espaço de trabalho</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything about your practice is kept in one encrypted file on this computer. Copying that file is a complete backup.</source>
            <translation>Tudo sobre o seu consultório fica num único ficheiro encriptado neste computador. Copiar esse ficheiro é uma cópia de segurança completa.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>e.g. Lisbon Family Therapy</source>
            <translation>p. ex. Terapia Familiar de Lisboa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Practice name</source>
            <translation>Nome do consultório</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remember on this computer</source>
            <translation>Lembrar neste computador</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keeps the key in this computer's keyring so Consulta opens without asking.</source>
            <translation>Guarda a chave no porta-chaves deste computador para o Consulta abrir sem perguntar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start with sample data</source>
            <translation>Começar com dados de exemplo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Adds a sample client and a sample contact with appointments, a note and an invoice, so you can explore every screen. Delete them whenever you like.</source>
            <translation>Adiciona um cliente e um contacto de exemplo com consultas, uma nota e uma fatura, para poder explorar todos os ecrãs. Elimine-os quando quiser.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved as %1</source>
            <translation>Guardado como %1</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+56" />
            <source>Create workspace</source>
            <translation>Criar espaço de trabalho</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Creating…</source>
            <translation>A criar…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The workspace could not be created: %1</source>
            <translation>Não foi possível criar o espaço de trabalho: %1</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../ui/person_form.py" line="+80" />
            <source>Pick…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a date</source>
            <translation>Escolher uma data</translation>
        </message>
    </context>
    <context>
        <name>EditRelationshipDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_relationship_dialog.py" line="+288" />
            <location line="+2" />
            <source>Edit relationship</source>
            <translation>Editar relação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is this client's…</source>
            <translation>Para este cliente, %1 é:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Emergency contact</source>
            <translation>Contacto de emergência</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Relationship</source>
            <translation>Relação</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_field_dialog.py" line="+41" />
            <source>New field</source>
            <translation>Novo campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit field</source>
            <translation>Editar campo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>In “%1”. Fields are shared by every client in this workspace.</source>
            <translation>Em «%1». Os campos são comuns a todos os clientes deste espaço de trabalho.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>For example: Occupation</source>
            <translation>Por exemplo: Profissão</translation>
        </message>
        <message>
            <location line="+5" />
            <source>One option per line</source>
            <translation>Uma opção por linha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Options</source>
            <translation>Opções</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label</source>
            <translation>Rótulo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add field</source>
            <translation>Adicionar campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
    </context>
    <context>
        <name>FieldEditors</name>
        <message>
            <location filename="../../ui/clients/record/field_editors.py" line="+66" />
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>Não</translation>
        </message>
    </context>
    <context>
        <name>GeneralSettingsPage</name>
        <message>
            <location filename="../../ui/settings/general_page.py" line="+34" />
            <source>General</source>
            <translation>Geral</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The system's language (%1)</source>
            <translation>O idioma do sistema (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Applies the next time Consulta starts. Kept on this computer, not in the workspace.</source>
            <translation>Aplica-se da próxima vez que o Consulta iniciar. Fica neste computador, não no espaço de trabalho.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <location line="+2" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without you using Consulta, it locks and asks for the passphrase. 0 means never.</source>
            <translation>Após estes minutos sem utilizar o Consulta, este bloqueia e pede a frase-passe. 0 significa nunca.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Save name</source>
            <translation>&amp;Guardar nome</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Auto-lock after</source>
            <translation>&amp;Bloqueio automático após</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Practice name</source>
            <translation>Nome do &amp;consultório</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Language saved: %1. It applies the next time Consulta starts.</source>
            <translation>Idioma guardado: %1. Aplica-se da próxima vez que o Consulta iniciar.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Consulta now locks after %n minute(s) without use.</source>
            <translation>
                <numerusform>O Consulta bloqueia após %n minuto sem utilização.</numerusform>
                <numerusform>O Consulta bloqueia após %n minutos sem utilização.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta no longer locks by itself.</source>
            <translation>O Consulta já não bloqueia sozinho.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Practice name saved.</source>
            <translation>Nome do consultório guardado.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Settings: the practice name</source>
            <translation>Definições: o nome do consultório</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearch</name>
        <message>
            <location filename="../../ui/global_search.py" line="+54" />
            <location line="+1" />
            <source>Search clients and contacts</source>
            <translation>Pesquisar clientes e contactos</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Nobody found for “%1”.</source>
            <translation>Ninguém encontrado para «%1».</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <location filename="../../ui/clients/record/standard_fields.py" line="+80" />
            <source>+ Add email</source>
            <translation>+ Adicionar email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ Add phone</source>
            <translation>+ Adicionar telefone</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove this line</source>
            <translation>Remover esta linha</translation>
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <location filename="../../ui/lock_controller.py" line="+140" />
            <source>Consulta (locked)</source>
            <translation>Consulta (bloqueado)</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <location line="-99" />
            <source>Enter your passphrase to carry on where you left off. Anything you had not saved yet is still there.</source>
            <translation>Introduza a sua frase-passe para continuar onde ficou. O que ainda não tinha guardado continua lá.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="+69" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Workspace unlocked</source>
            <translation>Espaço de trabalho desbloqueado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This part of Consulta is not in this version yet. Anything already in your workspace is kept safe and will show here.</source>
            <translation>Esta parte do Consulta ainda não está nesta versão. Tudo o que já está no seu espaço de trabalho é guardado em segurança e aparecerá aqui.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Calendar</source>
            <translation>Calendário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your appointments by day, week and month. </source>
            <translation>As suas consultas por dia, semana e mês. </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inbox</source>
            <translation>Caixa de entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email with your clients, filed to each record. </source>
            <translation>O email com os seus clientes, arquivado em cada ficha. </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Billing</source>
            <translation>Faturação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices, payments and credit notes across all clients. </source>
            <translation>Faturas, pagamentos e notas de crédito de todos os clientes. </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Templates</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note templates and intake forms. </source>
            <translation>Modelos de notas e formulários de admissão. </translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;File</source>
            <translation>&amp;Ficheiro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back up now</source>
            <translation>&amp;Fazer cópia de segurança agora</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change &amp;passphrase…</source>
            <translation>Alterar a frase-&amp;passe…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Help</source>
            <translation>A&amp;juda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Consulta</source>
            <translation>&amp;Acerca do Consulta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Search</source>
            <translation>Pesquisar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;New client…</source>
            <translation>&amp;Novo cliente…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New &amp;contact…</source>
            <translation>Novo &amp;contacto…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Find</source>
            <translation>&amp;Pesquisar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search clients and contacts</source>
            <translation>Pesquisar clientes e contactos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search clients and contacts (Ctrl+K)</source>
            <translation>Pesquisar clientes e contactos (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Passphrase changed</source>
            <translation>Frase-passe alterada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About Consulta</source>
            <translation>Acerca do Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;Your practice in one encrypted file on this computer.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
            <translation>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;O seu consultório num único ficheiro encriptado neste computador.&lt;/p&gt;&lt;p&gt;Espaço de trabalho: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Go</source>
            <translation>&amp;Ir para</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Unsaved changes</source>
            <translation>Alterações por guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some changes have not been saved yet. If you quit now, they are lost.</source>
            <translation>Algumas alterações ainda não foram guardadas. Se sair agora, perdem-se.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Discard and quit</source>
            <translation>&amp;Descartar e sair</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_field_dialog.py" line="+81" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <location filename="../../ui/clients/new_client_dialog.py" line="+35" />
            <location line="+6" />
            <source>New client</source>
            <translation>Novo cliente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What they like to be called</source>
            <translation>Como gosta de ser tratado(a)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>name@example.com</source>
            <translation>nome@exemplo.pt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+34 612 345 678</source>
            <translation>+351 912 345 678</translation>
        </message>
        <message>
            <location line="+29" />
            <source>&amp;First name</source>
            <translation>&amp;Nome próprio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Last name</source>
            <translation>&amp;Apelido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;referred name</source>
            <translation>Nome &amp;preferido</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Email</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;hone</source>
            <translation>&amp;Telefone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date of birth</source>
            <translation>Data de &amp;nascimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation>&amp;Estado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Tags</source>
            <translation>E&amp;tiquetas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No tags yet: create them from the list's Actions ▸ Manage tags.</source>
            <translation>Ainda não há etiquetas: crie-as em Ações ▸ Gerir etiquetas da lista.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A first name or a last name is required.</source>
            <translation>É necessário um nome próprio ou um apelido.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Create</source>
            <translation>Criar</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Give a first name or a last name.</source>
            <translation>Indique um nome próprio ou um apelido.</translation>
        </message>
    </context>
    <context>
        <name>NewContactDialog</name>
        <message>
            <location filename="../../ui/contacts/new_contact_dialog.py" line="+38" />
            <location line="+5" />
            <source>New contact</source>
            <translation>Novo contacto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contacts are people around your clients, such as relatives or other practitioners. They have no status or tags.</source>
            <translation>Os contactos são pessoas à volta dos seus clientes, como familiares ou outros profissionais. Não têm estado nem etiquetas.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Create</source>
            <translation>Criar</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message numerus="yes">
            <location filename="../../ui/workspace/passphrase_fields.py" line="+24" />
            <source>At least %n characters</source>
            <translation>
                <numerusform>Pelo menos %n carácter</numerusform>
                <numerusform>Pelo menos %n caracteres</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Passphrase</source>
            <translation>Frase-passe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Repeat passphrase</source>
            <translation>Repita a frase-passe</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A few unrelated words are easy to remember and hard to guess. Nobody can recover your data without it: write it down somewhere safe.</source>
            <translation>Algumas palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar. Ninguém consegue recuperar os seus dados sem ela: anote-a num local seguro.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Too short: %n more characters needed.</source>
            <translation>
                <numerusform>Demasiado curta: falta %n carácter.</numerusform>
                <numerusform>Demasiado curta: faltam %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength: %1</source>
            <translation>Força: %1</translation>
        </message>
    </context>
    <context>
        <name>NewRelationshipDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_relationship_dialog.py" line="-223" />
            <location line="+3" />
            <source>New relationship</source>
            <translation>Nova relação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who is related to %1? Search your clients and contacts, or create someone new.</source>
            <translation>Quem está relacionado com %1? Pesquise nos seus clientes e contactos, ou crie alguém novo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Search by name, email or phone</source>
            <translation>Pesquisar por nome, email ou telefone</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+96" />
            <source>+ Create new client/contact</source>
            <translation>+ Criar novo cliente/contacto</translation>
        </message>
        <message>
            <location line="-87" />
            <source>Emergency contact</source>
            <translation>Contacto de emergência</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Relationship</source>
            <translation>Relação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The relationship says who this person is for %1: choose “Parent” if they are the parent of %1.</source>
            <translation>A relação diz quem esta pessoa é para %1: escolha «Pai/mãe» se for o pai ou a mãe de %1.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Connect</source>
            <translation>Ligar</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Contact (family, another practitioner…)</source>
            <translation>Contacto (familiar, outro profissional…)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location line="+10" />
            <source>First name</source>
            <translation>Nome próprio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Apelido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as</source>
            <translation>Adicionar como</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Pick an existing person instead</source>
            <translation>Escolher antes uma pessoa existente</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Type a name, email or phone to find someone.</source>
            <translation>Escreva um nome, email ou telefone para encontrar alguém.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No one found. You can create them: “+ Create new client/contact”.</source>
            <translation>Ninguém encontrado. Pode criá-lo: «+ Criar novo cliente/contacto».</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Choose someone from the list, or create a new client or contact.</source>
            <translation>Escolha alguém da lista, ou crie um novo cliente ou contacto.</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../ui/person_form.py" line="+60" />
            <source>Write the date like %1, or pick it.</source>
            <translation>Escreva a data como %1, ou escolha-a.</translation>
        </message>
    </context>
    <context>
        <name>PersonalTab</name>
        <message>
            <location filename="../../ui/clients/record/personal_tab.py" line="+41" />
            <source>+ Add new section</source>
            <translation>+ Adicionar nova secção</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sections and fields you add here are shown on every client.</source>
            <translation>As secções e campos que adicionar aqui aparecem em todos os clientes.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Not changed</source>
            <translation>Não foi alterado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>New section</source>
            <translation>Nova secção</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name the section, then add its fields. It is shown on every client.</source>
            <translation>Dê um nome à secção e depois adicione os seus campos. Aparece em todos os clientes.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <source>Section name</source>
            <translation>Nome da secção</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename section</source>
            <translation>Mudar o nome da secção</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete the section “%1” and its %2 field(s) from every client?</source>
            <translation>Eliminar a secção «%1» e os seus %2 campo(s) de todos os clientes?</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <location line="+45" />
            <source>%n person(s) have a value in it; those values will be deleted too. This cannot be undone.</source>
            <translation>
                <numerusform>%n pessoa tem um valor nela; esse valor também será eliminado. Não é possível anular.</numerusform>
                <numerusform>%n pessoas têm um valor nela; esses valores também serão eliminados. Não é possível anular.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+45" />
            <source>No one has a value in it yet.</source>
            <translation>Ainda ninguém tem um valor nela.</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Delete section</source>
            <translation>Eliminar secção</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Delete the field “%1” from every client?</source>
            <translation>Eliminar o campo «%1» de todos os clientes?</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Delete field</source>
            <translation>Eliminar campo</translation>
        </message>
    </context>
    <context>
        <name>RelationshipRow</name>
        <message>
            <location filename="../../ui/clients/record/relationships_tab.py" line="+40" />
            <source>Open %1</source>
            <translation>Abrir %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Emergency contact</source>
            <translation>Contacto de emergência</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit relationship with %1</source>
            <translation>Editar a relação com %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove relationship with %1</source>
            <translation>Remover a relação com %1</translation>
        </message>
    </context>
    <context>
        <name>Relationships</name>
        <message>
            <location filename="../../ui/clients/record/new_relationship_dialog.py" line="-193" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
    </context>
    <context>
        <name>RelationshipsTab</name>
        <message>
            <location filename="../../ui/clients/record/relationships_tab.py" line="+39" />
            <source>+ New relationship</source>
            <translation>+ Nova relação</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Family, emergency contacts and practitioners linked to this client. Each link shows on the other person's record too.</source>
            <translation>Família, contactos de emergência e profissionais ligados a este cliente. Cada ligação aparece também na ficha da outra pessoa.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No relationships yet. Use “+ New relationship” to link a family member, an emergency contact or a practitioner.</source>
            <translation>Ainda não há relações. Use «+ Nova relação» para ligar um familiar, um contacto de emergência ou um profissional.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Remove the relationship between %1 and %2? Neither person is deleted.</source>
            <translation>Remover a relação entre %1 e %2? Nenhuma das pessoas é eliminada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not removed</source>
            <translation>Não foi removido</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove relationship</source>
            <translation>Remover relação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
    </context>
    <context>
        <name>SectionWidget</name>
        <message>
            <location filename="../../ui/clients/record/section_widget.py" line="+67" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit %1</source>
            <translation>Editar %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+ New field</source>
            <translation>+ Novo campo</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save this section</source>
            <translation>Guardar esta secção</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard the changes in this section (Esc)</source>
            <translation>Descartar as alterações desta secção (Esc)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Section options</source>
            <translation>Opções da secção</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rename section…</source>
            <translation>Mudar o nome da secção…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move section up</source>
            <translation>Subir secção</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move section down</source>
            <translation>Descer secção</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete section…</source>
            <translation>Eliminar secção…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Options for “%1”</source>
            <translation>Opções de «%1»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename or edit field…</source>
            <translation>Mudar o nome ou editar o campo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>Descer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete field…</source>
            <translation>Eliminar campo…</translation>
        </message>
        <message>
            <location line="+34" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No fields yet. Use “+ New field” to add the first one.</source>
            <translation>Ainda não há campos. Use «+ Novo campo» para adicionar o primeiro.</translation>
        </message>
    </context>
    <context>
        <name>SelfCheck</name>
        <message>
            <location filename="../../ui/self_check.py" line="+68" />
            <source>Qt platform</source>
            <translation>Plataforma Qt</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+7" />
            <location line="+3" />
            <source>Translations</source>
            <translation>Traduções</translation>
        </message>
        <message>
            <location line="-10" />
            <source>no translations built</source>
            <translation>nenhuma tradução compilada</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+3" />
            <source>Qt translations</source>
            <translation>Traduções do Qt</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+2" />
            <location line="+5" />
            <location line="+4" />
            <location line="+5" />
            <location line="+2" />
            <source>Drawing and icons</source>
            <translation>Desenho e ícones</translation>
        </message>
        <message>
            <location line="+7" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WARNING</source>
            <translation>AVISO</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FAILED</source>
            <translation>FALHOU</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Consulta self-check: FAILED ({n} problems)</source>
            <translation>Autoverificação do Consulta: FALHOU ({n} problemas)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consulta self-check: OK</source>
            <translation>Autoverificação do Consulta: OK</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Consulta self-check</source>
            <translation>Autoverificação do Consulta</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Consulta {version} self-check</source>
            <translation>Autoverificação do Consulta {version}</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Consulta</source>
            <translation>Consulta</translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <location filename="../../ui/settings/settings_area.py" line="+18" />
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Services, email and billing settings arrive with the parts of Consulta that use them; they are not in this version yet.</source>
            <translation>As definições de serviços, email e faturação chegam com as partes do Consulta que as usam; ainda não estão nesta versão.</translation>
        </message>
    </context>
    <context>
        <name>StandardFields</name>
        <message>
            <location filename="../../ui/clients/record/standard_fields.py" line="-61" />
            <source>First name</source>
            <translation>Nome próprio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Apelido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preferred name</source>
            <translation>Nome preferido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pronouns</source>
            <translation>Pronomes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Data de nascimento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Street</source>
            <translation>Rua</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street (line 2)</source>
            <translation>Rua (linha 2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>Localidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>Distrito/região</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>País</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../ui/application.py" line="+50" />
            <source>Consulta</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This workspace is already open in another Consulta window:
%1</source>
            <translation>Este espaço de trabalho já está aberto noutra janela do Consulta:
%1</translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message>
            <location filename="../../ui/clients/tag_manager_dialog.py" line="+36" />
            <source>Manage tags</source>
            <translation>Gerir etiquetas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tags group clients your way: a service, a referral source, a fee arrangement. A client can carry several.</source>
            <translation>As etiquetas agrupam os clientes à sua maneira: um serviço, uma origem de encaminhamento, um acordo de honorários. Um cliente pode ter várias.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;New…</source>
            <translation>&amp;Nova…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Rename…</source>
            <translation>&amp;Mudar o nome…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Color…</source>
            <translation>&amp;Cor…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message numerus="yes">
            <location line="+34" />
            <source>%1 — %n client(s)</source>
            <translation>
                <numerusform>%1 — %n cliente</numerusform>
                <numerusform>%1 — %n clientes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+45" />
            <source>New tag</source>
            <translation>Nova etiqueta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of the new tag:</source>
            <translation>Nome da nova etiqueta:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rename tag</source>
            <translation>Mudar o nome da etiqueta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation>Novo nome:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tag color</source>
            <translation>Cor da etiqueta</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Delete the tag “%1”? %n client(s) carry it; they keep everything else, only the tag goes.</source>
            <translation>
                <numerusform>Eliminar a etiqueta «%1»? %n cliente tem-na; mantém tudo o resto, só a etiqueta sai.</numerusform>
                <numerusform>Eliminar a etiqueta «%1»? %n clientes têm-na; mantêm tudo o resto, só a etiqueta sai.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the tag “%1”? No client carries it.</source>
            <translation>Eliminar a etiqueta «%1»? Nenhum cliente a tem.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Delete tag</source>
            <translation>Eliminar etiqueta</translation>
        </message>
    </context>
    <context>
        <name>TypeCombo</name>
        <message>
            <location filename="../../ui/clients/record/new_relationship_dialog.py" line="-20" />
            <source>Choose or type a relationship</source>
            <translation>Escolha ou escreva uma relação</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ui/workspace/unlock_dialog.py" line="+47" />
            <source>Unlock workspace</source>
            <translation>Desbloquear espaço de trabalho</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>Consulta is locked</source>
            <translation>O Consulta está bloqueado</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Unlock your workspace</source>
            <translation>Desbloqueie o seu espaço de trabalho</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Passphrase</source>
            <translation>Frase-passe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember on this computer</source>
            <translation>Lembrar neste computador</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+90" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location line="-85" />
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another workspace…</source>
            <translation>Abrir outro espaço de trabalho…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Workspace: %1</source>
            <translation>Espaço de trabalho: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open a workspace</source>
            <translation>Abrir um espaço de trabalho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta workspaces (*%1);;All files (*)</source>
            <translation>Espaços de trabalho do Consulta (*%1);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unlocking…</source>
            <translation>A desbloquear…</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The workspace could not be opened: %1</source>
            <translation>Não foi possível abrir o espaço de trabalho: %1</translation>
        </message>
    </context>
</TS>
