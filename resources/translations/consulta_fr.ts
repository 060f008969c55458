<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AddressEditor</name>
        <message>
            <location filename="../../ui/clients/record/field_editors.py" line="+142" />
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <location line="+0" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <location filename="../../ui/backup_action.py" line="+32" />
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Backup saved</source>
            <translation>Sauvegarde enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An encrypted copy of your workspace was saved as:
%1

It opens with the same passphrase.</source>
            <translation>Une copie chiffrée de votre espace de travail a été enregistrée sous :
%1

Elle s'ouvre avec la même phrase secrète.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show folder</source>
            <translation>Afficher le dossier</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Backup failed</source>
            <translation>La sauvegarde a échoué</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../ui/workspace/change_passphrase_dialog.py" line="+27" />
            <location line="+17" />
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location line="-14" />
            <source>The workspace is re-encrypted with the new passphrase. Backups made before keep the passphrase they were made with.</source>
            <translation>L'espace de travail est chiffré à nouveau avec la nouvelle phrase secrète. Les sauvegardes faites avant gardent la phrase secrète avec laquelle elles ont été faites.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
    </context>
    <context>
        <name>ClientActions</name>
        <message>
            <location filename="../../ui/clients/client_actions.py" line="+49" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete permanently…</source>
            <translation>Supprimer définitivement…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set status</source>
            <translation>Changer le statut</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add tag</source>
            <translation>Ajouter une étiquette</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove tag</source>
            <translation>Retirer l'étiquette</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Manage tags…</source>
            <translation>Gérer les étiquettes…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move to trash…</source>
            <translation>Mettre à la corbeille…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not done</source>
            <translation>Non effectué</translation>
        </message>
        <message numerus="yes">
            <location line="+28" />
            <source>Move %n client(s) to the trash? You can restore them from Show ▸ Trash.</source>
            <translation>
                <numerusform>Mettre %n client à la corbeille ? Vous pourrez le restaurer depuis Afficher ▸ Corbeille.</numerusform>
                <numerusform>Mettre %n clients à la corbeille ? Vous pourrez les restaurer depuis Afficher ▸ Corbeille.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Move to trash</source>
            <translation>Mettre à la corbeille</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Erase %n client(s) and everything recorded about them? This cannot be undone.</source>
            <translation>
                <numerusform>Effacer %n client et tout ce qui est enregistré à son sujet ? C'est irréversible.</numerusform>
                <numerusform>Effacer %n clients et tout ce qui est enregistré à leur sujet ? C'est irréversible.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+1" />
            <source>Delete permanently</source>
            <translation>Supprimer définitivement</translation>
        </message>
    </context>
    <context>
        <name>ClientListView</name>
        <message>
            <location filename="../../ui/clients/client_list_view.py" line="+50" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+ New client</source>
            <translation>+ Nouveau client</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New client (Ctrl+N)</source>
            <translation>Nouveau client (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Filter by name, email or phone</source>
            <translation>Filtrer par nom, courriel ou téléphone</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leads</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show only leads: people who have not started yet</source>
            <translation>N'afficher que les prospects : les personnes qui n'ont pas encore commencé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Current clients</source>
            <translation>Clients actuels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash</source>
            <translation>Corbeille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Actions on the selected clients (menu key)</source>
            <translation>Actions sur les clients sélectionnés (touche menu)</translation>
        </message>
        <message>
            <location line="+39" />
            <source>No clients here</source>
            <translation>Aucun client ici</translation>
        </message>
        <message>
            <location line="+80" />
            <source>All tags</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message numerus="yes">
            <location line="+33" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>No clients match</source>
            <translation>Aucun client ne correspond</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try fewer letters, or another status or tag.</source>
            <translation>Essayez avec moins de lettres, ou un autre statut ou une autre étiquette.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The trash is empty</source>
            <translation>La corbeille est vide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clients you delete stay here until you erase them.</source>
            <translation>Les clients que vous supprimez restent ici jusqu'à ce que vous les effaciez.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No archived clients</source>
            <translation>Aucun client archivé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archived clients are kept here, out of your daily list.</source>
            <translation>Les clients archivés sont conservés ici, hors de votre liste quotidienne.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No clients yet</source>
            <translation>Pas encore de clients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The people you serve will be listed here.</source>
            <translation>Les personnes que vous accompagnez apparaîtront ici.</translation>
        </message>
    </context>
    <context>
        <name>ClientRecordView</name>
        <message>
            <location filename="../../ui/clients/record/record_view.py" line="+77" />
            <source>← Clients</source>
            <translation>← Clients</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Back to the list (Ctrl+W)</source>
            <translation>Retour à la liste (Ctrl+W)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This client is in the trash. Restore them to work with the record again, or delete them permanently.</source>
            <translation>Ce client est dans la corbeille. Restaurez-le pour retravailler sur son dossier, ou supprimez-le définitivement.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Delete permanently…</source>
            <translation>Supprimer définitivement…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This part of Consulta is not in this version yet. Anything already in your workspace is kept safe and will show here.</source>
            <translation>Cette partie de Consulta n'est pas encore dans cette version. Tout ce qui se trouve déjà dans votre espace de travail est conservé et s'affichera ici.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal</source>
            <translation>Infos personnelles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documentation</source>
            <translation>Documentation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Inbox</source>
            <translation>Boîte de réception</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Billing</source>
            <translation>Facturation</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Unarchive</source>
            <translation>Désarchiver</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move to trash…</source>
            <translation>Mettre à la corbeille…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No tags yet: create them from the clients list.</source>
            <translation>Pas encore d'étiquettes : créez-les depuis la liste des clients.</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+3" />
            <source>Move to trash</source>
            <translation>Mettre à la corbeille</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Move %1 to the trash? The record is kept and can be restored from the trash.</source>
            <translation>Mettre %1 à la corbeille ? Le dossier est conservé et peut être restauré depuis la corbeille.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot delete</source>
            <translation>Suppression impossible</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Delete permanently</source>
            <translation>Supprimer définitivement</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Delete %1 and everything in their record for good? This cannot be undone.</source>
            <translation>Supprimer %1 et tout son dossier pour de bon ? C'est irréversible.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Unsaved changes in %1's Personal tab</source>
            <translation>Modifications non enregistrées dans l'onglet Infos personnelles de %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have changes in the Personal tab that are not saved. Close the record and discard them?</source>
            <translation>Vous avez des modifications non enregistrées dans l'onglet Infos personnelles. Fermer le dossier et les abandonner ?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <location filename="../../ui/models/client_table_model.py" line="+40" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next appointment</source>
            <translation>Prochain RDV</translation>
        </message>
    </context>
    <context>
        <name>ClientsArea</name>
        <message>
            <location filename="../../ui/clients/clients_area.py" line="+34" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the other record and discard these changes?</source>
            <translation>Ouvrir l'autre dossier et abandonner ces modifications ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../ui/contacts/new_contact_dialog.py" line="+33" />
            <source>name@example.com</source>
            <translation>nom@exemple.fr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Health centre, school</source>
            <translation>p. ex. centre de santé, école</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Family doctor</source>
            <translation>p. ex. médecin traitant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;First name</source>
            <translation>&amp;Prénom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Last name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Email</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>P&amp;hone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organization</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Role</source>
            <translation>&amp;Fonction</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Give a first name or a last name.</source>
            <translation>Indiquez un prénom ou un nom.</translation>
        </message>
    </context>
    <context>
        <name>ContactProfileView</name>
        <message>
            <location filename="../../ui/contacts/contact_profile_view.py" line="+39" />
            <source>← Contacts</source>
            <translation>← Contacts</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Edit</source>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;vert to client…</source>
            <translation>Con&amp;vertir en client…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move to &amp;trash…</source>
            <translation>Mettre à la &amp;corbeille…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Related clients</source>
            <translation>Clients liés</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Details</source>
            <translation>Informations</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Not related to any client yet. Link them from a client's Relationships tab.</source>
            <translation>Lié à aucun client pour l'instant. Reliez-le depuis l'onglet Relations d'un client.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Open this client's record</source>
            <translation>Ouvrir le dossier de ce client</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Your changes to the contact %1 are not saved.</source>
            <translation>Vos modifications du contact %1 ne sont pas enregistrées.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Make %1 a client? They keep their details and relationships, and start as a lead. Contacts cannot have notes or invoices; clients can.</source>
            <translation>Faire de %1 un client ? Ses détails et ses relations sont conservés, et il commence comme prospect. Les contacts ne peuvent pas avoir de notes ni de factures ; les clients, si.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not converted</source>
            <translation>Non converti</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Convert to client</source>
            <translation>Convertir en client</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move %1 to the trash? Their links to clients are hidden until restored.</source>
            <translation>Mettre %1 à la corbeille ? Ses liens avec des clients sont masqués jusqu'à sa restauration.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not moved</source>
            <translation>Non déplacé</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Move to trash</source>
            <translation>Mettre à la corbeille</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <location filename="../../ui/models/contact_table_model.py" line="+16" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
    </context>
    <context>
        <name>ContactsArea</name>
        <message>
            <location filename="../../ui/contacts/contacts_area.py" line="+43" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ New contact</source>
            <translation>+ Nouveau contact</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Filter by name, email or phone</source>
            <translation>Filtrer par nom, courriel ou téléphone</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Current contacts</source>
            <translation>Contacts actuels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash</source>
            <translation>Corbeille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+44" />
            <source>No contacts yet</source>
            <translation>Pas encore de contacts</translation>
        </message>
        <message numerus="yes">
            <location line="-11" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>No contacts match</source>
            <translation>Aucun contact ne correspond</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try fewer letters, or search the whole window.</source>
            <translation>Essayez avec moins de lettres, ou cherchez dans toute la fenêtre.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The trash is empty</source>
            <translation>La corbeille est vide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contacts you move to the trash wait here.</source>
            <translation>Les contacts mis à la corbeille attendent ici.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Relatives, referrers and other practitioners around your clients. Add one with + New contact.</source>
            <translation>Proches, prescripteurs et autres praticiens autour de vos clients. Ajoutez-en un avec + Nouveau contact.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Not restored</source>
            <translation>Non restauré</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <location filename="../../app/documents/fonts.py" line="+62" />
            <source>The font file {path} cannot be read: {reason}</source>
            <translation>Le fichier de police {path} ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <location filename="../../app/self_check.py" line="+227" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create an encrypted workspace</source>
            <translation>Créer un espace de travail chiffré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write a client</source>
            <translation>Enregistrer un client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen and read it back</source>
            <translation>Le rouvrir et le relire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workspace file is encrypted</source>
            <translation>Le fichier de l'espace de travail est chiffré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database migrations</source>
            <translation>Migrations de la base de données</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fonts and PDF</source>
            <translation>Polices et PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keyring</source>
            <translation>Trousseau de clés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail worker</source>
            <translation>Courriel en arrière-plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sample data</source>
            <translation>Données d'exemple</translation>
        </message>
        <message>
            <location filename="../../app/services/clients.py" line="+48" />
            <location filename="../../app/services/people.py" line="+191" />
            <source>Unknown status.</source>
            <translation>Statut inconnu.</translation>
        </message>
        <message>
            <location filename="../../app/services/custom_fields.py" line="+32" />
            <source>Details</source>
            <translation>Informations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact information</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+12" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Long text</source>
            <translation>Texte long</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Single choice</source>
            <translation>Choix unique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple choice</source>
            <translation>Choix multiple</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checkbox</source>
            <translation>Case à cocher</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+46" />
            <source>This section no longer exists.</source>
            <translation>Cette section n'existe plus.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This field no longer exists.</source>
            <translation>Ce champ n'existe plus.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A name is required.</source>
            <translation>Un nom est nécessaire.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A choice field needs at least two options.</source>
            <translation>Un champ à choix a besoin d'au moins deux options.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>The standard sections cannot be deleted; delete their custom fields instead.</source>
            <translation>Les sections standard ne peuvent pas être supprimées ; supprimez plutôt leurs champs personnalisés.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+92" />
            <source>Choose a field type.</source>
            <translation>Choisissez un type de champ.</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Choose one of the options.</source>
            <translation>Choisissez l'une des options.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose among the options.</source>
            <translation>Choisissez parmi les options.</translation>
        </message>
        <message>
            <location filename="../../app/services/people.py" line="-157" />
            <source>Lead</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inactive</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <location line="+105" />
            <location filename="../../app/services/tags.py" line="+101" />
            <source>This record no longer exists.</source>
            <translation>Ce dossier n'existe plus.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>A first name or a last name is required.</source>
            <translation>Un prénom ou un nom est nécessaire.</translation>
        </message>
        <message>
            <location line="+47" />
            <location filename="../../app/services/tags.py" line="-48" />
            <source>That tag no longer exists.</source>
            <translation>Cette étiquette n'existe plus.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>This client has issued invoices or payments, which must be kept by law. The record can stay in the trash but cannot be erased.</source>
            <translation>Ce client a des factures ou des paiements émis, que la loi oblige à conserver. Le dossier peut rester dans la corbeille mais ne peut pas être effacé.</translation>
        </message>
        <message>
            <location filename="../../app/services/practice.py" line="+67" />
            <location filename="../../app/workspace.py" line="+338" />
            <source>Please give your practice a name.</source>
            <translation>Donnez un nom à votre cabinet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter a whole number of zero or more.</source>
            <translation>Saisissez un nombre entier positif ou nul.</translation>
        </message>
        <message>
            <location filename="../../app/services/relationships.py" line="+22" />
            <source>Parent</source>
            <translation>Parent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child</source>
            <translation>Enfant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spouse/partner</source>
            <translation>Conjoint/partenaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sibling</source>
            <translation>Frère/sœur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guardian</source>
            <translation>Tuteur/tutrice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Under guardianship</source>
            <translation>Sous tutelle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency contact</source>
            <translation>Contact d'urgence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency contact for</source>
            <translation>Contact d'urgence de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referring practitioner</source>
            <translation>Praticien référent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred client</source>
            <translation>Client orienté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred to</source>
            <translation>Orienté vers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred by</source>
            <translation>Orienté par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Choose or type a relationship type.</source>
            <translation>Choisissez ou saisissez un type de relation.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A person cannot be related to themselves.</source>
            <translation>Une personne ne peut pas être en relation avec elle-même.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Relationships link a client to another client or to a contact.</source>
            <translation>Les relations relient un client à un autre client ou à un contact.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These two are already connected; edit the existing relationship instead.</source>
            <translation>Ces deux personnes sont déjà reliées ; modifiez plutôt la relation existante.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose client or contact.</source>
            <translation>Choisissez client ou contact.</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+18" />
            <source>This relationship no longer exists.</source>
            <translation>Cette relation n'existe plus.</translation>
        </message>
        <message>
            <location filename="../../app/services/tags.py" line="-19" />
            <source>A tag needs a name.</source>
            <translation>Une étiquette a besoin d'un nom.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A tag called “{name}” already exists.</source>
            <translation>Une étiquette nommée « {name} » existe déjà.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a color.</source>
            <translation>Choisissez une couleur.</translation>
        </message>
        <message>
            <location filename="../../app/services/validation.py" line="+26" />
            <source>“{value}” is not a valid email address (like name@example.com).</source>
            <translation>« {value} » n'est pas une adresse électronique valide (comme nom@exemple.fr).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>“{value}” is not a valid phone number: use digits, spaces and an optional leading +.</source>
            <translation>« {value} » n'est pas un numéro de téléphone valide : utilisez des chiffres, des espaces et éventuellement un + au début.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The date of birth cannot be in the future.</source>
            <translation>La date de naissance ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The date of birth must be after 1900.</source>
            <translation>La date de naissance doit être postérieure à 1900.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“{value}” is not a valid date.</source>
            <translation>« {value} » n'est pas une date valide.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+4" />
            <source>“{value}” is not a number.</source>
            <translation>« {value} » n'est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../../app/store/engine.py" line="+85" />
            <source>The disk is full. Free some space and try again.</source>
            <translation>Le disque est plein. Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/workspace.py" line="-74" />
            <location line="+29" />
            <location line="+20" />
            <source>“{path}” is not a Consulta workspace, or it is damaged.</source>
            <translation>« {path} » n'est pas un espace de travail Consulta, ou il est endommagé.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../app/workspace.py" line="-40" />
            <source>That passphrase does not open this workspace. Check it and try again.</source>
            <translation>Cette phrase secrète n'ouvre pas cet espace de travail. Vérifiez-la et réessayez.</translation>
        </message>
        <message>
            <location filename="../../app/store/keys.py" line="+58" />
            <source>Too short</source>
            <translation>Trop courte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weak</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fair</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong</source>
            <translation>Forte</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The passphrase needs at least {n} characters.</source>
            <translation>La phrase secrète doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The two passphrases are not the same.</source>
            <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The system keyring could not be loaded.</source>
            <translation>Le trousseau du système n'a pas pu être chargé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This computer has no keyring service (such as GNOME Keyring or KWallet) running, so the passphrase cannot be remembered. You will be asked for it each time.</source>
            <translation>Aucun service de trousseau (comme GNOME Keyring ou KWallet) ne fonctionne sur cet ordinateur : la phrase secrète ne peut pas être mémorisée. Elle vous sera demandée à chaque fois.</translation>
        </message>
        <message>
            <location filename="../../app/store/lock.py" line="+25" />
            <source>This workspace is already open in another Consulta window: {path}</source>
            <translation>Cet espace de travail est déjà ouvert dans une autre fenêtre de Consulta : {path}</translation>
        </message>
        <message>
            <location filename="../../app/workspace.py" line="-184" />
            <source>The disk is full, so the last change was not saved. Free some space and try again.</source>
            <translation>Le disque est plein : la dernière modification n'a pas été enregistrée. Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <location line="+82" />
            <source>The disk is full: the copy was not made. Free some space and try again.</source>
            <translation>Le disque est plein : la copie n'a pas été faite. Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The copy could not be written to {path}: {reason}</source>
            <translation>La copie n'a pas pu être écrite dans {path} : {reason}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The current passphrase is not correct.</source>
            <translation>La phrase secrète actuelle n'est pas correcte.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>There is no workspace at “{path}”.</source>
            <translation>Il n'y a pas d'espace de travail à « {path} ».</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“{path}” cannot be read: {reason}</source>
            <translation>« {path} » ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <location line="+85" />
            <source>A file already exists at “{path}”; it was left as it is.</source>
            <translation>Un fichier existe déjà à « {path} » ; il a été laissé tel quel.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The folder {path} cannot be created: {reason}</source>
            <translation>Le dossier {path} ne peut pas être créé : {reason}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The disk is full: the workspace was not created. Free some space and try again.</source>
            <translation>Le disque est plein : l'espace de travail n'a pas été créé. Libérez de l'espace et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../ui/crash.py" line="+28" />
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta hit an unexpected problem. Your saved work is safe in the workspace; the last unsaved change may need to be made again.</source>
            <translation>Consulta a rencontré un problème inattendu. Ce que vous avez enregistré est en sécurité dans l'espace de travail ; la dernière modification non enregistrée est peut-être à refaire.</translation>
        </message>
    </context>
    <context>
        <name>CreateWorkspaceDialog</name>
        <message>
            <location filename="../../ui/workspace/create_dialog.py" line="+38" />
            <location line="+4" />
            <source>Create your workspace</source>
            <translation>Créez votre espace de travail</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything about your practice is kept in one encrypted file on this computer. Copying that file is a complete backup.</source>
            <translation>Tout ce qui concerne votre cabinet est conservé dans un seul fichier chiffré sur cet ordinateur. Copier ce fichier en fait une sauvegarde complète.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>e.g. Lisbon Family Therapy</source>
            <translation>p. ex. Thérapie familiale Lisbonne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Practice name</source>
            <translation>Nom du cabinet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remember on this computer</source>
            <translation>Mémoriser sur cet ordinateur</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keeps the key in this computer's keyring so Consulta opens without asking.</source>
            <translation>Garde la clé dans le trousseau de cet ordinateur pour que Consulta s'ouvre sans la demander.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start with sample data</source>
            <translation>Commencer avec des données d'exemple</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Adds a sample client and a sample contact with appointments, a note and an invoice, so you can explore every screen. Delete them whenever you like.</source>
            <translation>Ajoute un client et un contact d'exemple avec des rendez-vous, une note et une facture, pour explorer chaque écran. Supprimez-les quand vous voulez.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved as %1</source>
            <translation>Enregistré sous %1</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+56" />
            <source>Create workspace</source>
            <translation>Créer l'espace de travail</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Creating…</source>
            <translation>Création…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The workspace could not be created: %1</source>
            <translation>L'espace de travail n'a pas pu être créé : %1</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../ui/person_form.py" line="+80" />
            <source>Pick…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a date</source>
            <translation>Choisir une date</translation>
        </message>
    </context>
    <context>
        <name>EditRelationshipDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_relationship_dialog.py" line="+288" />
            <location line="+2" />
            <source>Edit relationship</source>
            <translation>Modifier la relation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is this client's…</source>
            <translation>Pour ce client, %1 est :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Emergency contact</source>
            <translation>Contact d'urgence</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Relationship</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_field_dialog.py" line="+41" />
            <source>New field</source>
            <translation>Nouveau champ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit field</source>
            <translation>Modifier le champ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>In “%1”. Fields are shared by every client in this workspace.</source>
            <translation>Dans « %1 ». Les champs sont communs à tous les clients de cet espace de travail.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>For example: Occupation</source>
            <translation>Par exemple : Profession</translation>
        </message>
        <message>
            <location line="+5" />
            <source>One option per line</source>
            <translation>Une option par ligne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add field</source>
            <translation>Ajouter le champ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>FieldEditors</name>
        <message>
            <location filename="../../ui/clients/record/field_editors.py" line="+66" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>Non</translation>
        </message>
    </context>
    <context>
        <name>GeneralSettingsPage</name>
        <message>
            <location filename="../../ui/settings/general_page.py" line="+34" />
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The system's language (%1)</source>
            <translation>La langue du système (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Applies the next time Consulta starts. Kept on this computer, not in the workspace.</source>
            <translation>S'applique au prochain démarrage de Consulta. Conservé sur cet ordinateur, pas dans l'espace de travail.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <location line="+2" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without you using Consulta, it locks and asks for the passphrase. 0 means never.</source>
            <translation>Après ce nombre de minutes sans utilisation, Consulta se verrouille et demande la phrase secrète. 0 signifie jamais.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Save name</source>
            <translation>&amp;Enregistrer le nom</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Auto-lock after</source>
            <translation>&amp;Verrouillage auto après</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Practice name</source>
            <translation>Nom du &amp;cabinet</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Language saved: %1. It applies the next time Consulta starts.</source>
            <translation>Langue enregistrée : %1. Elle s'applique au prochain démarrage de Consulta.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Consulta now locks after %n minute(s) without use.</source>
            <translation>
                <numerusform>Consulta se verrouillera après %n minute sans utilisation.</numerusform>
                <numerusform>Consulta se verrouillera après %n minutes sans utilisation.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta no longer locks by itself.</source>
            <translation>Consulta ne se verrouillera plus tout seul.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Practice name saved.</source>
            <translation>Nom du cabinet enregistré.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Settings: the practice name</source>
            <translation>Paramètres : le nom du cabinet</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearch</name>
        <message>
            <location filename="../../ui/global_search.py" line="+54" />
            <location line="+1" />
            <source>Search clients and contacts</source>
            <translation>Rechercher des clients et des contacts</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Nobody found for “%1”.</source>
            <translation>Personne trouvé pour « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <location filename="../../ui/clients/record/standard_fields.py" line="+80" />
            <source>+ Add email</source>
            <translation>+ Ajouter un courriel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ Add phone</source>
            <translation>+ Ajouter un téléphone</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove this line</source>
            <translation>Retirer cette ligne</translation>
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <location filename="../../ui/lock_controller.py" line="+140" />
            <source>Consulta (locked)</source>
            <translation>Consulta (verrouillé)</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <location line="-99" />
            <source>Enter your passphrase to carry on where you left off. Anything you had not saved yet is still there.</source>
            <translation>Saisissez votre phrase secrète pour reprendre là où vous en étiez. Ce que vous n'aviez pas encore enregistré est toujours là.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="+69" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Workspace unlocked</source>
            <translation>Espace de travail déverrouillé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This part of Consulta is not in this version yet. Anything already in your workspace is kept safe and will show here.</source>
            <translation>Cette partie de Consulta n'est pas encore dans cette version. Tout ce qui se trouve déjà dans votre espace de travail est conservé et s'affichera ici.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Calendar</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your appointments by day, week and month. </source>
            <translation>Vos rendez-vous par jour, semaine et mois. </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inbox</source>
            <translation>Boîte de réception</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email with your clients, filed to each record. </source>
            <translation>Les courriels avec vos clients, classés dans chaque dossier. </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Billing</source>
            <translation>Facturation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices, payments and credit notes across all clients. </source>
            <translation>Factures, paiements et avoirs de tous les clients. </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note templates and intake forms. </source>
            <translation>Modèles de notes et formulaires d'admission. </translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change &amp;passphrase…</source>
            <translation>Changer la &amp;phrase secrète…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Consulta</source>
            <translation>À &amp;propos de Consulta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;New client…</source>
            <translation>&amp;Nouveau client…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New &amp;contact…</source>
            <translation>Nouveau &amp;contact…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search clients and contacts</source>
            <translation>Rechercher des clients et des contacts</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search clients and contacts (Ctrl+K)</source>
            <translation>Rechercher des clients et des contacts (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Passphrase changed</source>
            <translation>Phrase secrète modifiée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About Consulta</source>
            <translation>À propos de Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;Your practice in one encrypted file on this computer.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
            <translation>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;Votre cabinet dans un seul fichier chiffré sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Espace de travail : %2&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Go</source>
            <translation>A&amp;ller à</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some changes have not been saved yet. If you quit now, they are lost.</source>
            <translation>Certaines modifications ne sont pas encore enregistrées. Si vous quittez maintenant, elles seront perdues.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Discard and quit</source>
            <translation>&amp;Abandonner et quitter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Cancel</source>
            <translation>A&amp;nnuler</translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_field_dialog.py" line="+81" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <location filename="../../ui/clients/new_client_dialog.py" line="+35" />
            <location line="+6" />
            <source>New client</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What they like to be called</source>
            <translation>Comment la personne aime être appelée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>name@example.com</source>
            <translation>nom@exemple.fr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+34 612 345 678</source>
            <translation>+33 6 12 34 56 78</translation>
        </message>
        <message>
            <location line="+29" />
            <source>&amp;First name</source>
            <translation>&amp;Prénom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Last name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;referred name</source>
            <translation>Nom &amp;d'usage</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Email</source>
            <translation>&amp;Courriel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;hone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date of birth</source>
            <translation>Date de &amp;naissance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Tags</source>
            <translation>É&amp;tiquettes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No tags yet: create them from the list's Actions ▸ Manage tags.</source>
            <translation>Pas encore d'étiquettes : créez-les depuis Actions ▸ Gérer les étiquettes de la liste.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A first name or a last name is required.</source>
            <translation>Un prénom ou un nom est nécessaire.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Give a first name or a last name.</source>
            <translation>Indiquez un prénom ou un nom.</translation>
        </message>
    </context>
    <context>
        <name>NewContactDialog</name>
        <message>
            <location filename="../../ui/contacts/new_contact_dialog.py" line="+38" />
            <location line="+5" />
            <source>New contact</source>
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contacts are people around your clients, such as relatives or other practitioners. They have no status or tags.</source>
            <translation>Les contacts sont des personnes autour de vos clients, comme des proches ou d'autres praticiens. Ils n'ont ni statut ni étiquettes.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message numerus="yes">
            <location filename="../../ui/workspace/passphrase_fields.py" line="+24" />
            <source>At least %n characters</source>
            <translation>
                <numerusform>Au moins %n caractère</numerusform>
                <numerusform>Au moins %n caractères</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Repeat passphrase</source>
            <translation>Répétez la phrase secrète</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A few unrelated words are easy to remember and hard to guess. Nobody can recover your data without it: write it down somewhere safe.</source>
            <translation>Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner. Personne ne peut récupérer vos données sans elle : notez-la en lieu sûr.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Too short: %n more characters needed.</source>
            <translation>
                <numerusform>Trop courte : encore %n caractère.</numerusform>
                <numerusform>Trop courte : encore %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength: %1</source>
            <translation>Robustesse : %1</translation>
        </message>
    </context>
    <context>
        <name>NewRelationshipDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_relationship_dialog.py" line="-223" />
            <location line="+3" />
            <source>New relationship</source>
            <translation>Nouvelle relation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who is related to %1? Search your clients and contacts, or create someone new.</source>
            <translation>Qui est en relation avec %1 ? Cherchez parmi vos clients et contacts, ou créez une nouvelle personne.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Search by name, email or phone</source>
            <translation>Rechercher par nom, courriel ou téléphone</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+96" />
            <source>+ Create new client/contact</source>
            <translation>+ Créer un nouveau client/contact</translation>
        </message>
        <message>
            <location line="-87" />
            <source>Emergency contact</source>
            <translation>Contact d'urgence</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Relationship</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The relationship says who this person is for %1: choose “Parent” if they are the parent of %1.</source>
            <translation>La relation dit qui est cette personne pour %1 : choisissez « Parent » si c'est le parent de %1.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Connect</source>
            <translation>Relier</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Contact (family, another practitioner…)</source>
            <translation>Contact (proche, autre praticien…)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <location line="+10" />
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as</source>
            <translation>Ajouter comme</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Pick an existing person instead</source>
            <translation>Choisir plutôt une personne existante</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Type a name, email or phone to find someone.</source>
            <translation>Saisissez un nom, un courriel ou un téléphone pour trouver quelqu'un.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No one found. You can create them: “+ Create new client/contact”.</source>
            <translation>Personne trouvé. Vous pouvez le créer : « + Créer un nouveau client/contact ».</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Choose someone from the list, or create a new client or contact.</source>
            <translation>Choisissez quelqu'un dans la liste, ou créez un nouveau client ou contact.</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../ui/person_form.py" line="+60" />
            <source>Write the date like %1, or pick it.</source>
            <translation>Écrivez la date comme %1, ou choisissez-la.</translation>
        </message>
    </context>
    <context>
        <name>PersonalTab</name>
        <message>
            <location filename="../../ui/clients/record/personal_tab.py" line="+41" />
            <source>+ Add new section</source>
            <translation>+ Ajouter une nouvelle section</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sections and fields you add here are shown on every client.</source>
            <translation>Les sections et champs ajoutés ici s'affichent pour tous les clients.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
        <message>
            <location line="+10" />
            <source>New section</source>
            <translation>Nouvelle section</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name the section, then add its fields. It is shown on every client.</source>
            <translation>Nommez la section, puis ajoutez ses champs. Elle s'affiche pour tous les clients.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <source>Section name</source>
            <translation>Nom de la section</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename section</source>
            <translation>Renommer la section</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete the section “%1” and its %2 field(s) from every client?</source>
            <translation>Supprimer la section « %1 » et ses %2 champ(s) pour tous les clients ?</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <location line="+45" />
            <source>%n person(s) have a value in it; those values will be deleted too. This cannot be undone.</source>
            <translation>
                <numerusform>%n personne y a une valeur ; elle sera supprimée aussi. C'est irréversible.</numerusform>
                <numerusform>%n personnes y ont une valeur ; ces valeurs seront supprimées aussi. C'est irréversible.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+45" />
            <source>No one has a value in it yet.</source>
            <translation>Personne n'y a encore de valeur.</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Delete section</source>
            <translation>Supprimer la section</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Delete the field “%1” from every client?</source>
            <translation>Supprimer le champ « %1 » pour tous les clients ?</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Delete field</source>
            <translation>Supprimer le champ</translation>
        </message>
    </context>
    <context>
        <name>RelationshipRow</name>
        <message>
            <location filename="../../ui/clients/record/relationships_tab.py" line="+40" />
            <source>Open %1</source>
            <translation>Ouvrir %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Emergency contact</source>
            <translation>Contact d'urgence</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit relationship with %1</source>
            <translation>Modifier la relation avec %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove relationship with %1</source>
            <translation>Retirer la relation avec %1</translation>
        </message>
    </context>
    <context>
        <name>Relationships</name>
        <message>
            <location filename="../../ui/clients/record/new_relationship_dialog.py" line="-193" />
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
    </context>
    <context>
        <name>RelationshipsTab</name>
        <message>
            <location filename="../../ui/clients/record/relationships_tab.py" line="+39" />
            <source>+ New relationship</source>
            <translation>+ Nouvelle relation</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Family, emergency contacts and practitioners linked to this client. Each link shows on the other person's record too.</source>
            <translation>Famille, contacts d'urgence et praticiens liés à ce client. Chaque lien apparaît aussi dans le dossier de l'autre personne.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No relationships yet. Use “+ New relationship” to link a family member, an emergency contact or a practitioner.</source>
            <translation>Pas encore de relations. Utilisez « + Nouvelle relation » pour relier un proche, un contact d'urgence ou un praticien.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Remove the relationship between %1 and %2? Neither person is deleted.</source>
            <translation>Retirer la relation entre %1 et %2 ? Aucune des deux personnes n'est supprimée.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not removed</source>
            <translation>Non retiré</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove relationship</source>
            <translation>Retirer la relation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>SectionWidget</name>
        <message>
            <location filename="../../ui/clients/record/section_widget.py" line="+67" />
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+ New field</source>
            <translation>+ Nouveau champ</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save this section</source>
            <translation>Enregistrer cette section</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard the changes in this section (Esc)</source>
            <translation>Abandonner les modifications de cette section (Échap)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Section options</source>
            <translation>Options de la section</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rename section…</source>
            <translation>Renommer la section…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move section up</source>
            <translation>Monter la section</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move section down</source>
            <translation>Descendre la section</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete section…</source>
            <translation>Supprimer la section…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Options for “%1”</source>
            <translation>Options de « %1 »</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename or edit field…</source>
            <translation>Renommer ou modifier le champ…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete field…</source>
            <translation>Supprimer le champ…</translation>
        </message>
        <message>
            <location line="+34" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No fields yet. Use “+ New field” to add the first one.</source>
            <translation>Pas encore de champs. Utilisez « + Nouveau champ » pour ajouter le premier.</translation>
        </message>
    </context>
    <context>
        <name>SelfCheck</name>
        <message>
            <location filename="../../ui/self_check.py" line="+68" />
            <source>Qt platform</source>
            <translation>Plateforme Qt</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+7" />
            <location line="+3" />
            <source>Translations</source>
            <translation>Traductions</translation>
        </message>
        <message>
            <location line="-10" />
            <source>no translations built</source>
            <translation>aucune traduction compilée</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+3" />
            <source>Qt translations</source>
            <translation>Traductions de Qt</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+2" />
            <location line="+5" />
            <location line="+4" />
            <location line="+5" />
            <location line="+2" />
            <source>Drawing and icons</source>
            <translation>Dessin et icônes</translation>
        </message>
        <message>
            <location line="+7" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WARNING</source>
            <translation>AVERTISSEMENT</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FAILED</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Consulta self-check: FAILED ({n} problems)</source>
            <translation>Autovérification de Consulta : ÉCHEC ({n} problèmes)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consulta self-check: OK</source>
            <translation>Autovérification de Consulta : OK</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Consulta self-check</source>
            <translation>Autovérification de Consulta</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Consulta {version} self-check</source>
            <translation>Autovérification de Consulta {version}</translation>
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
            <translation>Paramètres</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Services, email and billing settings arrive with the parts of Consulta that use them; they are not in this version yet.</source>
            <translation>Les réglages des services, du courriel et de la facturation arriveront avec les parties de Consulta qui s'en servent ; ils ne sont pas encore dans cette version.</translation>
        </message>
    </context>
    <context>
        <name>StandardFields</name>
        <message>
            <location filename="../../ui/clients/record/standard_fields.py" line="-61" />
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preferred name</source>
            <translation>Nom d'usage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pronouns</source>
            <translation>Pronoms</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street (line 2)</source>
            <translation>Rue (ligne 2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>Pays</translation>
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
            <translation>Cet espace de travail est déjà ouvert dans une autre fenêtre de Consulta :
%1</translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message>
            <location filename="../../ui/clients/tag_manager_dialog.py" line="+36" />
            <source>Manage tags</source>
            <translation>Gérer les étiquettes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tags group clients your way: a service, a referral source, a fee arrangement. A client can carry several.</source>
            <translation>Les étiquettes regroupent les clients à votre façon : un service, une source d'orientation, un arrangement tarifaire. Un client peut en porter plusieurs.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;New…</source>
            <translation>&amp;Nouvelle…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Color…</source>
            <translation>&amp;Couleur…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message numerus="yes">
            <location line="+34" />
            <source>%1 — %n client(s)</source>
            <translation>
                <numerusform>%1 — %n client</numerusform>
                <numerusform>%1 — %n clients</numerusform>
            </translation>
        </message>
        <message>
            <location line="+45" />
            <source>New tag</source>
            <translation>Nouvelle étiquette</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of the new tag:</source>
            <translation>Nom de la nouvelle étiquette :</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rename tag</source>
            <translation>Renommer l'étiquette</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tag color</source>
            <translation>Couleur de l'étiquette</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Delete the tag “%1”? %n client(s) carry it; they keep everything else, only the tag goes.</source>
            <translation>
                <numerusform>Supprimer l'étiquette « %1 » ? %n client la porte ; il garde tout le reste, seule l'étiquette disparaît.</numerusform>
                <numerusform>Supprimer l'étiquette « %1 » ? %n clients la portent ; ils gardent tout le reste, seule l'étiquette disparaît.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the tag “%1”? No client carries it.</source>
            <translation>Supprimer l'étiquette « %1 » ? Aucun client ne la porte.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Delete tag</source>
            <translation>Supprimer l'étiquette</translation>
        </message>
    </context>
    <context>
        <name>TypeCombo</name>
        <message>
            <location filename="../../ui/clients/record/new_relationship_dialog.py" line="-20" />
            <source>Choose or type a relationship</source>
            <translation>Choisissez ou saisissez une relation</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ui/workspace/unlock_dialog.py" line="+47" />
            <source>Unlock workspace</source>
            <translation>Déverrouiller l'espace de travail</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>Consulta is locked</source>
            <translation>Consulta est verrouillé</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Unlock your workspace</source>
            <translation>Déverrouillez votre espace de travail</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember on this computer</source>
            <translation>Mémoriser sur cet ordinateur</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+90" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location line="-85" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another workspace…</source>
            <translation>Ouvrir un autre espace de travail…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Workspace: %1</source>
            <translation>Espace de travail : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open a workspace</source>
            <translation>Ouvrir un espace de travail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta workspaces (*%1);;All files (*)</source>
            <translation>Espaces de travail Consulta (*%1);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unlocking…</source>
            <translation>Déverrouillage…</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The workspace could not be opened: %1</source>
            <translation>L'espace de travail n'a pas pu être ouvert : %1</translation>
        </message>
    </context>
</TS>
