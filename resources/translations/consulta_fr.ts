<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ActionStrip</name>
        <message>
            <location filename="../../ui/clients/record/client_invoices_table.py" line="+283" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Plus d'actions</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <location filename="../../ui/documentation/addenda_view.py" line="+161" />
            <location line="+17" />
            <source>Add addendum</source>
            <translation>Ajouter un addendum</translation>
        </message>
        <message>
            <location line="-13" />
            <source>The addendum is dated and signed, and shown under the note. The note itself stays exactly as it was completed.</source>
            <translation>L'addendum est daté et signé, et affiché sous la note. La note elle-même reste exactement telle qu'elle a été terminée.</translation>
        </message>
    </context>
    <context>
        <name>AddressEditor</name>
        <message>
            <location filename="../../ui/clients/record/field_editors.py" line="+171" />
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
        <name>AddressFields</name>
        <message>
            <location filename="../../ui/mail/address_fields.py" line="+75" />
            <source>name@example.com, another@example.com</source>
            <translation>nom@exemple.fr, autre@exemple.fr</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cc</source>
            <translation>Cc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Cc recipients</source>
            <translation>Ajouter des destinataires en copie (Cc)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bcc</source>
            <translation>Cci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Bcc recipients: the others do not see them</source>
            <translation>Ajouter des destinataires en copie cachée (Cci) : les autres ne les voient pas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;To</source>
            <translation>&amp;Pour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cc</source>
            <translation>&amp;Cc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Bcc</source>
            <translation>Cc&amp;i</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Subject</source>
            <translation>&amp;Objet</translation>
        </message>
    </context>
    <context>
        <name>AppointmentActions</name>
        <message>
            <location filename="../../ui/appointments/appointment_actions.py" line="+40" />
            <source>Could not change the appointment</source>
            <translation>Le rendez-vous n'a pas pu être modifié</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rebook</source>
            <translation>Reprendre rendez-vous</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Delete appointment</source>
            <translation>Supprimer le rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the appointment of %1 on %2? Use this for a booking made by mistake; to keep a record that it was called off, cancel it instead.</source>
            <translation>Supprimer le rendez-vous de %1 (%2) ? À réserver aux rendez-vous pris par erreur ; pour garder une trace de son annulation, annulez-le plutôt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Mark %n past appointment(s) that are still scheduled as completed?</source>
            <translation>
                <numerusform>Marquer comme terminé %n rendez-vous passé encore prévu ?</numerusform>
                <numerusform>Marquer comme terminés %n rendez-vous passés encore prévus ?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark as completed</source>
            <translation>Marquer comme terminé</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+114" />
            <source>Mark completed</source>
            <translation>Marquer comme terminé</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Open client record</source>
            <translation>Ouvrir le dossier du client</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create invoice</source>
            <translation>Créer une facture</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Already on an invoice.</source>
            <translation>Figure déjà sur une facture.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices come with the Billing part of Consulta.</source>
            <translation>Les factures arrivent avec la partie Facturation de Consulta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create note</source>
            <translation>Créer une note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes come with the Documentation part of Consulta.</source>
            <translation>Les notes arrivent avec la partie Documentation de Consulta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rebook…</source>
            <translation>Reprendre rendez-vous…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reschedule…</source>
            <translation>Déplacer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel appointment…</source>
            <translation>Annuler le rendez-vous…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mark no-show</source>
            <translation>Marquer comme non honoré</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Possible once the appointment has started.</source>
            <translation>Possible une fois le rendez-vous commencé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore appointment</source>
            <translation>Rétablir le rendez-vous</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to scheduled</source>
            <translation>Revenir à « Prévu »</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
    </context>
    <context>
        <name>AppointmentTableModel</name>
        <message>
            <location filename="../../ui/clients/record/appointment_list.py" line="+86" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In person</source>
            <translation>En présentiel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Video</source>
            <translation>Visio</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancelled: %1</source>
            <translation>Annulé : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invoiced</source>
            <translation>Facturé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This appointment is on an invoice.</source>
            <translation>Ce rendez-vous figure sur une facture.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes are linked to this appointment (Documentation tab).</source>
            <translation>Des notes sont liées à ce rendez-vous (onglet Documentation).</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Actions for this appointment</source>
            <translation>Actions pour ce rendez-vous</translation>
        </message>
    </context>
    <context>
        <name>Appointments</name>
        <message>
            <location filename="../../ui/appointments/time_text.py" line="+34" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%n min</source>
            <translation>%n min</translation>
        </message>
    </context>
    <context>
        <name>AttachmentList</name>
        <message>
            <location filename="../../ui/mail/attachments.py" line="+203" />
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>on the server</source>
            <translation>sur le serveur</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+37" />
            <source>Download</source>
            <translation>Télécharger</translation>
        </message>
        <message>
            <location line="-36" />
            <source>This attachment is too large to be kept automatically. Download it from the server into this workspace.</source>
            <translation>Cette pièce jointe est trop volumineuse pour être conservée automatiquement. Téléchargez-la depuis le serveur dans cet espace de travail.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save a copy…</source>
            <translation>Enregistrer une copie…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copy saved: %1</source>
            <translation>Copie enregistrée : %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Downloading…</source>
            <translation>Téléchargement…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not downloaded</source>
            <translation>Non téléchargé</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPreview</name>
        <message>
            <location line="-123" />
            <source>This picture cannot be shown here. Save a copy to open it in another program.</source>
            <translation>Cette image ne peut pas être affichée ici. Enregistrez-en une copie pour l'ouvrir dans un autre programme.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save a copy…</source>
            <translation>Enregistrer une copie…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>AttachmentRow</name>
        <message>
            <location filename="../../ui/mail/compose_parts.py" line="+92" />
            <source>Remove %1</source>
            <translation>Retirer %1</translation>
        </message>
    </context>
    <context>
        <name>AttachmentText</name>
        <message>
            <location filename="../../ui/mail/attachments.py" line="-57" />
            <source>Download the attachment from the server first.</source>
            <translation>Téléchargez d'abord la pièce jointe depuis le serveur.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The copy was not saved</source>
            <translation>La copie n'a pas été enregistrée</translation>
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
        <name>BillingArea</name>
        <message>
            <location filename="../../ui/billing/billing_area.py" line="+123" />
            <source>Billing</source>
            <translation>Facturation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the invoices shown, with the filters applied, as a spreadsheet file</source>
            <translation>Enregistre les factures affichées, filtres appliqués, dans un fichier de tableur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ New invoice</source>
            <translation>+ Nouvelle facture</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+68" />
            <source>No invoices yet</source>
            <translation>Pas encore de factures</translation>
        </message>
        <message numerus="yes">
            <location line="-11" />
            <source>%n invoice(s) shown</source>
            <translation>
                <numerusform>%n facture affichée</numerusform>
                <numerusform>%n factures affichées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n draft(s), not in the totals</source>
            <translation>
                <numerusform>%n brouillon, hors totaux</numerusform>
                <numerusform>%n brouillons, hors totaux</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Invoices for all your clients show here. Create one with + New invoice, from a client’s Billing tab, or from a completed appointment’s ⋮ menu.</source>
            <translation>Les factures de tous vos clients s'affichent ici. Créez-en une avec + Nouvelle facture, depuis l'onglet Facturation d'un client, ou depuis le menu ⋮ d'un rendez-vous terminé.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No invoices match these filters</source>
            <translation>Aucune facture ne correspond à ces filtres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose another status or period to see more.</source>
            <translation>Choisissez un autre statut ou une autre période pour en voir davantage.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drafts have no date until they are issued, so a date range leaves them out. Choose All time to see them.</source>
            <translation>Les brouillons n'ont pas de date tant qu'ils ne sont pas émis : une plage de dates les exclut. Choisissez « Toutes les dates » pour les voir.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>New invoice</source>
            <translation>Nouvelle facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the client to invoice. The invoice starts as a draft you can edit until you issue it.</source>
            <translation>Choisissez le client à facturer. La facture commence comme un brouillon que vous pouvez modifier jusqu'à son émission.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Open client: %1</source>
            <translation>Ouvrir le client : %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Export invoices</source>
            <translation>Exporter les factures</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The file could not be written: %1</source>
            <translation>Le fichier n'a pas pu être écrit : %1</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exported %n invoice(s) to %1</source>
            <translation>
                <numerusform>%n facture exportée vers %1</numerusform>
                <numerusform>%n factures exportées vers %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BillingFilters</name>
        <message>
            <location filename="../../ui/billing/billing_filters.py" line="+101" />
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Drafts</source>
            <translation>Brouillons</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Non soldées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid</source>
            <translation>Payées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Annulées</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Credit notes</source>
            <translation>Avoirs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued and not fully paid, overdue or not</source>
            <translation>Émises et pas entièrement payées, en retard ou non</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not fully paid and past the due date</source>
            <translation>Pas entièrement payées et dont l'échéance est passée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not issued yet: drafts have no date, so a date range leaves them out</source>
            <translation>Pas encore émises : les brouillons n'ont pas de date, une plage de dates les exclut donc</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All time</source>
            <translation>Toutes les dates</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last month</source>
            <translation>Le mois dernier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chosen dates</source>
            <translation>Dates choisies</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+3" />
            <source>any</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Issued from</source>
            <translation>Émises à partir du</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issued until</source>
            <translation>Émises jusqu'au</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fro&amp;m</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;to</source>
            <translation>a&amp;u</translation>
        </message>
    </context>
    <context>
        <name>BillingSettingsPage</name>
        <message>
            <location filename="../../ui/settings/billing_page.py" line="+86" />
            <source>Billing</source>
            <translation>Facturation</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tax / registration no.</source>
            <translation>N° de TVA / SIRET</translation>
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
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment terms</source>
            <translation>Délai de paiement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tax rates</source>
            <translation>Taux de TVA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice numbers</source>
            <translation>Numéros de facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit-note numbers</source>
            <translation>Numéros d'avoir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt numbers</source>
            <translation>Numéros de reçu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment instructions</source>
            <translation>Instructions de paiement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Footer</source>
            <translation>Pied de page</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What your invoices, credit notes and receipts show. Changes are saved as you make them; invoices already issued keep what they were issued with.</source>
            <translation>Ce qu'affichent vos factures, avoirs et reçus. Les modifications sont enregistrées au fur et à mesure ; les factures déjà émises gardent ce qu'elles avaient à leur émission.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change in General</source>
            <translation>Modifier dans Général</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Printed beside your address</source>
            <translation>Imprimé à côté de votre adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street, postal code and city, country</source>
            <translation>Rue, code postal et ville, pays</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Bank transfer to IBAN PT50 0000 0000 0000 0000 0000 0</source>
            <translation>p. ex. Virement bancaire sur l'IBAN FR76 0000 0000 0000 0000 0000 000</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. VAT exempt under article 9 of the VAT Code</source>
            <translation>p. ex. Exonération de TVA, article 261-4-1° du CGI</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Printed at the top of invoices and receipts. A PNG image of up to 2 MB.</source>
            <translation>Imprimé en haut des factures et des reçus. Une image PNG de 2 Mo au plus.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>New invoices, and drafts when they are issued, use this currency; issued ones keep theirs.</source>
            <translation>Les nouvelles factures, et les brouillons lorsqu'ils sont émis, utilisent cette devise ; les factures émises gardent la leur.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Due on the issue date</source>
            <translation>Échéance à la date d'émission</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location line="+13" />
            <source>after the issue date</source>
            <translation>après la date d'émission</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Offered on invoice lines. Each service has its own rate too (Services above).</source>
            <translation>Proposés sur les lignes de facture. Chaque service a aussi son propre taux (Services, plus haut).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{year} is the year of the issue date and {seq} the running count; {seq:04} writes it with four digits (0007). Numbers run on across years and are never reused.</source>
            <translation>{year} est l'année de la date d'émission et {seq} le compteur ; {seq:04} l'écrit sur quatre chiffres (0007). Les numéros se suivent d'une année à l'autre et ne sont jamais réutilisés.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Letterhead</source>
            <translation>En-tête</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Practice name</source>
            <translation>Nom du cabinet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Money</source>
            <translation>Montants</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Numbering</source>
            <translation>Numérotation</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printed below the invoice</source>
            <translation>En bas de la facture</translation>
        </message>
        <message>
            <location line="+45" />
            <location line="+81" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Next number: %1</source>
            <translation>Prochain numéro : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. %1</source>
            <translation>Enregistré. %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose a currency from the list.</source>
            <translation>Choisissez une devise dans la liste.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved: new invoices are in %1.</source>
            <translation>Enregistré : les nouvelles factures sont en %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Saved: new invoices are due %n day(s) after they are issued.</source>
            <translation>
                <numerusform>Enregistré : les nouvelles factures sont dues %n jour après leur émission.</numerusform>
                <numerusform>Enregistré : les nouvelles factures sont dues %n jours après leur émission.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved: new invoices are due on their issue date.</source>
            <translation>Enregistré : les nouvelles factures sont dues à leur date d'émission.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Choose a logo</source>
            <translation>Choisir un logo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The file could not be read: %1</source>
            <translation>Le fichier n'a pas pu être lu : %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This PNG image could not be read. Choose another one, or save it again from an image editor.</source>
            <translation>Cette image PNG n'a pas pu être lue. Choisissez-en une autre, ou réenregistrez-la depuis un éditeur d'images.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved: %1 is printed on new invoices and receipts.</source>
            <translation>Enregistré : %1 est imprimé sur les nouvelles factures et les nouveaux reçus.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Logo removed: new invoices and receipts have none.</source>
            <translation>Logo retiré : les nouvelles factures et les nouveaux reçus n'en ont pas.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Settings → Billing: %1</source>
            <translation>Paramètres → Facturation : %1</translation>
        </message>
    </context>
    <context>
        <name>BillingSummaryStrip</name>
        <message>
            <location filename="../../ui/clients/record/billing_summary.py" line="+41" />
            <source>Total billed</source>
            <translation>Total facturé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Encaissé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outstanding</source>
            <translation>Restant dû</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit</source>
            <translation>Crédit</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n facture</numerusform>
                <numerusform>%n factures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n draft(s) not issued</source>
            <translation>
                <numerusform>%n brouillon non émis</numerusform>
                <numerusform>%n brouillons non émis</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>All invoices paid</source>
            <translation>Toutes les factures sont payées</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n invoice(s) past due</source>
            <translation>
                <numerusform>%n facture en retard</numerusform>
                <numerusform>%n factures en retard</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>paid in advance or beyond what was owed</source>
            <translation>payé d'avance ou au-delà du dû</translation>
        </message>
    </context>
    <context>
        <name>BillingTab</name>
        <message>
            <location filename="../../ui/clients/record/billing_tab.py" line="+80" />
            <source>Invoice completed appointments…</source>
            <translation>Facturer les rendez-vous terminés…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record payment…</source>
            <translation>Enregistrer un paiement…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+ New invoice</source>
            <translation>+ Nouvelle facture</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No invoices for this client yet. Create one with + New invoice, or from their completed appointments.</source>
            <translation>Pas encore de factures pour ce client. Créez-en une avec + Nouvelle facture, ou à partir de ses rendez-vous terminés.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No payments received yet.</source>
            <translation>Aucun paiement reçu pour l'instant.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Invoices (%1)</source>
            <translation>Factures (%1)</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n completed appointment(s) not invoiced yet</source>
            <translation>
                <numerusform>%n rendez-vous terminé pas encore facturé</numerusform>
                <numerusform>%n rendez-vous terminés pas encore facturés</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>No completed appointment is waiting for an invoice.</source>
            <translation>Aucun rendez-vous terminé n'attend de facture.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payments (%1)</source>
            <translation>Paiements (%1)</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Saved %1 in %2</source>
            <translation>%1 enregistré dans %2</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <location filename="../../ui/appointments/booking_dialog.py" line="+63" />
            <source>Edit appointment</source>
            <translation>Modifier le rendez-vous</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Book appointment</source>
            <translation>Planifier un rendez-vous</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No service</source>
            <translation>Aucun service</translation>
        </message>
        <message>
            <location line="+15" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+4" />
            <source>for</source>
            <translation>pendant</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In person</source>
            <translation>En présentiel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Video</source>
            <translation>Visio</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Does not repeat</source>
            <translation>Ne se répète pas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every week</source>
            <translation>Chaque semaine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every two weeks</source>
            <translation>Toutes les deux semaines</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every month</source>
            <translation>Chaque mois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <location line="+4" />
            <source> appointments</source>
            <translation> rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until</source>
            <translation>Jusqu'au</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Only you see this note.</source>
            <translation>Cette note n'est visible que par vous.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Service</source>
            <translation>&amp;Service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When</source>
            <translation>&amp;Quand</translation>
        </message>
        <message>
            <location line="+3" />
            <source>W&amp;here</source>
            <translation>&amp;Où</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Repeat</source>
            <translation>&amp;Répéter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Private &amp;note</source>
            <translation>&amp;Note privée</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+125" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="-125" />
            <location line="+125" />
            <source>Book</source>
            <translation>Planifier</translation>
        </message>
        <message>
            <location line="-118" />
            <source>More actions</source>
            <translation>Plus d'actions</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Phone number to call</source>
            <translation>Numéro à appeler</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address or room</source>
            <translation>Adresse ou salle</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 on %2, %3</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This overlaps another appointment: %1.</source>
            <translation>Chevauche un autre rendez-vous : %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>And %n more.</source>
            <translation>
                <numerusform>Et %n autre.</numerusform>
                <numerusform>Et %n autres.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can still book it if that is intended.</source>
            <translation>Vous pouvez quand même le planifier si c'est voulu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save anyway</source>
            <translation>Enregistrer quand même</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Book anyway</source>
            <translation>Planifier quand même</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Repeating appointment</source>
            <translation>Rendez-vous récurrent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This appointment is part of a series. Change only this one, or this one and all the following ones?</source>
            <translation>Ce rendez-vous fait partie d'une série. Modifier seulement celui-ci, ou celui-ci et tous les suivants ?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only this one</source>
            <translation>Celui-ci seulement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This and following</source>
            <translation>Celui-ci et les suivants</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../ui/calendar/painting.py" line="+78" />
            <source>Click to open · double-click for the client · right-click for more</source>
            <translation>Clic pour ouvrir · double-clic pour le client · clic droit pour plus</translation>
        </message>
    </context>
    <context>
        <name>CalendarArea</name>
        <message>
            <location filename="../../ui/calendar/calendar_area.py" line="+71" />
            <source>Calendar</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export .ics…</source>
            <translation>Exporter en .ics…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upcoming appointments as a file for your phone's calendar</source>
            <translation>Les prochains rendez-vous dans un fichier pour l'agenda de votre téléphone</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Book appointment</source>
            <translation>Planifier un rendez-vous</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to today (T)</source>
            <translation>Aller à aujourd'hui (T)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous (Left arrow or Page Up)</source>
            <translation>Précédent (flèche gauche ou Page préc.)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next (Right arrow or Page Down)</source>
            <translation>Suivant (flèche droite ou Page suiv.)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Day view (D)</source>
            <translation>Vue jour (D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Week view (W)</source>
            <translation>Vue semaine (W)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Month view (M)</source>
            <translation>Vue mois (M)</translation>
        </message>
        <message numerus="yes">
            <location line="+167" />
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n rendez-vous</numerusform>
                <numerusform>%n rendez-vous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n past appointment(s) still marked scheduled: mark completed…</source>
            <translation>
                <numerusform>%n rendez-vous passé encore prévu : le marquer terminé…</numerusform>
                <numerusform>%n rendez-vous passés encore prévus : les marquer terminés…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+55" />
            <source>Calendar exported</source>
            <translation>Agenda exporté</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Exported %n appointment(s) to:</source>
            <translation>
                <numerusform>%n rendez-vous exporté vers :</numerusform>
                <numerusform>%n rendez-vous exportés vers :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../ui/appointments/appointment_actions.py" line="-116" />
            <location line="+27" />
            <source>Cancel appointment</source>
            <translation>Annuler le rendez-vous</translation>
        </message>
        <message>
            <location line="-22" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancelled by the client</source>
            <translation>Annulé par le client</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancelled by me</source>
            <translation>Annulé par moi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Illness</source>
            <translation>Maladie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rescheduled</source>
            <translation>Déplacé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only this appointment</source>
            <translation>Ce rendez-vous seulement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This and all following in the series</source>
            <translation>Celui-ci et tous les suivants de la série</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Reason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which</source>
            <translation>Lesquels</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep appointment</source>
            <translation>Garder le rendez-vous</translation>
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
        <name>CheckPage</name>
        <message>
            <location filename="../../ui/transfer/import_check_page.py" line="+191" />
            <source>Checking every row…</source>
            <translation>Vérification de chaque ligne…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save rejected rows…</source>
            <translation>Enregistrer les lignes refusées…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A CSV of these rows with what is wrong in each, to fix and import again</source>
            <translation>Un CSV de ces lignes avec ce qui ne va pas dans chacune, pour les corriger et les importer à nouveau</translation>
        </message>
        <message>
            <location line="+7" />
            <source>These rows are left out. Fix them in the file, or save them apart and import them again later.</source>
            <translation>Ces lignes sont laissées de côté. Corrigez-les dans le fichier, ou enregistrez-les à part et importez-les à nouveau plus tard.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Skip all</source>
            <translation>Tout ignorer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import all anyway</source>
            <translation>Tout importer quand même</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Update all existing</source>
            <translation>Mettre à jour les existants</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Skipped rows are not imported. “Update” writes what the row has onto the existing person.</source>
            <translation>Les lignes ignorées ne sont pas importées. « Mettre à jour » écrit le contenu de la ligne sur la personne existante.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Cannot be imported (%1)</source>
            <translation>Non importables (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Possible duplicates (%1)</source>
            <translation>Doublons possibles (%1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New custom fields: %1</source>
            <translation>Nouveaux champs personnalisés : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New tags: %1</source>
            <translation>Nouvelles étiquettes : %1</translation>
        </message>
        <message numerus="yes">
            <location line="+45" />
            <source>%n new contact(s) will be created</source>
            <translation>
                <numerusform>%n nouveau contact sera créé</numerusform>
                <numerusform>%n nouveaux contacts seront créés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n new client(s) will be created</source>
            <translation>
                <numerusform>%n nouveau client sera créé</numerusform>
                <numerusform>%n nouveaux clients seront créés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n existing contact(s) updated</source>
            <translation>
                <numerusform>%n contact existant sera mis à jour</numerusform>
                <numerusform>%n contacts existants seront mis à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n existing client(s) updated</source>
            <translation>
                <numerusform>%n client existant sera mis à jour</numerusform>
                <numerusform>%n clients existants seront mis à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) cannot be imported</source>
            <translation>
                <numerusform>%n ligne ne peut pas être importée</numerusform>
                <numerusform>%n lignes ne peuvent pas être importées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n possible duplicate(s)</source>
            <translation>
                <numerusform>%n doublon possible</numerusform>
                <numerusform>%n doublons possibles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckText</name>
        <message>
            <location line="-312" />
            <source>Skip</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import anyway</source>
            <translation>Importer quand même</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update the existing one</source>
            <translation>Mettre à jour l'existant</translation>
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
            <source>Book appointment…</source>
            <translation>Planifier un rendez-vous…</translation>
        </message>
        <message>
            <location line="+4" />
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
            <location line="+36" />
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
            <location line="+2" />
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add clients from a CSV file</source>
            <translation>Ajouter des clients depuis un fichier CSV</translation>
        </message>
        <message>
            <location line="+11" />
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
            <location line="+86" />
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
        <name>ClientPicker</name>
        <message>
            <location filename="../../ui/appointments/client_picker.py" line="+20" />
            <source>Type a client's name, email or phone</source>
            <translation>Saisissez le nom, le courriel ou le téléphone d'un client</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No client matches “%1”.</source>
            <translation>Aucun client ne correspond à « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>ClientRecordView</name>
        <message>
            <location filename="../../ui/clients/record/record_view.py" line="+83" />
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
            <location line="+5" />
            <source>Book appointment…</source>
            <translation>Planifier un rendez-vous…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export client record…</source>
            <translation>Exporter le dossier du client…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Plus d'actions</translation>
        </message>
        <message>
            <location line="+27" />
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
            <location line="+2" />
            <source>Documentation</source>
            <translation>Documentation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inbox</source>
            <translation>Boîte de réception</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Billing</source>
            <translation>Facturation</translation>
        </message>
        <message>
            <location line="+31" />
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
            <location line="+31" />
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
            <location line="+32" />
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
            <location filename="../../ui/models/client_table_model.py" line="+36" />
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
        <name>ColumnsPage</name>
        <message>
            <location filename="../../ui/transfer/import_columns_page.py" line="+85" />
            <source>Say where each column of the file goes. Columns were matched by their names: check them, and pick “Do not import” for what you do not need.</source>
            <translation>Indiquez où va chaque colonne du fichier. Les colonnes ont été associées d'après leur nom : vérifiez-les et choisissez « Ne pas importer » pour celles dont vous n'avez pas besoin.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save mapping…</source>
            <translation>Enregistrer la correspondance…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember these choices to use them for the next file</source>
            <translation>Mémoriser ces choix pour les réutiliser avec le prochain fichier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved mappings:</source>
            <translation>Correspondances enregistrées :</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No column is imported as a name. Every person needs a first or a last name: choose the column that holds it, or every row will be refused.</source>
            <translation>Aucune colonne n'est importée comme nom. Chaque personne doit avoir un prénom ou un nom : choisissez la colonne qui le contient, sinon toutes les lignes seront refusées.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Examples</source>
            <translation>Exemples</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import as</source>
            <translation>Importer comme</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dates written as</source>
            <translation>Dates écrites sous la forme</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import “%1” as</source>
            <translation>Importer « %1 » comme</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Year-month-day (2024-12-31)</source>
            <translation>Année-mois-jour (2024-12-31)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day first (31/12/2024)</source>
            <translation>Jour en premier (31/12/2024)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month first (12/31/2024)</source>
            <translation>Mois en premier (12/31/2024)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Both orders fit every date here: check</source>
            <translation>Les deux ordres conviennent à toutes ces dates : vérifiez</translation>
        </message>
        <message>
            <location line="+48" />
            <source>New custom field…</source>
            <translation>Nouveau champ personnalisé…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New field: %1 (%2)</source>
            <translation>Nouveau champ : %1 (%2)</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Choose one…</source>
            <translation>Choisissez…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>None saved yet</source>
            <translation>Aucune enregistrée pour l'instant</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Using the mapping “%1”.</source>
            <translation>Correspondance « %1 » utilisée.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save mapping</source>
            <translation>Enregistrer la correspondance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give these choices a name. The next time, pick it under “Saved mappings” and columns with the same names are set the same way.</source>
            <translation>Donnez un nom à ces choix. La prochaine fois, choisissez-le dans « Correspondances enregistrées » et les colonnes portant les mêmes noms seront réglées de la même façon.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Mapping “%1” saved.</source>
            <translation>Correspondance « %1 » enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../ui/mail/composer.py" line="+106" />
            <location line="+150" />
            <source>New message</source>
            <translation>Nouveau message</translation>
        </message>
        <message>
            <location line="-140" />
            <source>Open email settings</source>
            <translation>Ouvrir les paramètres du courriel</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Attach files…</source>
            <translation>Joindre des fichiers…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Formatting</source>
            <translation>Mise en forme</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bold, lists, headings and links. Turn it off to send plain text (the formatting is removed).</source>
            <translation>Gras, listes, titres et liens. Désactivez-la pour envoyer du texte brut (la mise en forme est retirée).</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+285" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location line="-283" />
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Send (Ctrl+Enter)</source>
            <translation>Envoyer (Ctrl+Entrée)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Filed to %1</source>
            <translation>Classé dans le dossier de %1</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+271" />
            <source>Reply</source>
            <translation>Répondre</translation>
        </message>
        <message>
            <location line="-185" />
            <source>Attach files</source>
            <translation>Joindre des fichiers</translation>
        </message>
        <message>
            <location line="+15" />
            <source>“%1” could not be read: %2</source>
            <translation>« %1 » n'a pas pu être lu : %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The attachments add up to %1. Many email servers refuse messages this large; a link to a shared folder may reach the client more surely.</source>
            <translation>Les pièces jointes totalisent %1. Beaucoup de serveurs de courriel refusent des messages aussi volumineux ; un lien vers un dossier partagé a plus de chances de parvenir au client.</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Sending “%1”…</source>
            <translation>Envoi de « %1 »…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the Outbox</source>
            <translation>Dans la boîte d'envoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your message is in the Outbox. It is sent as soon as Consulta is connected to your email server.</source>
            <translation>Votre message est dans la boîte d'envoi. Il part dès que Consulta est connecté à votre serveur de courriel.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>An email not yet sent: “%1”</source>
            <translation>Un courriel pas encore envoyé : « %1 »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An email not yet sent</source>
            <translation>Un courriel pas encore envoyé</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Discard message</source>
            <translation>Abandonner le message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard this message? It has not been sent.</source>
            <translation>Abandonner ce message ? Il n'a pas été envoyé.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Reply all</source>
            <translation>Répondre à tous</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Forward</source>
            <translation>Transférer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not attached, still on the email server: %1. Open the message and fetch them first to forward them.</source>
            <translation>Non joints, encore sur le serveur de courriel : %1. Ouvrez le message et téléchargez-les d'abord pour les transférer.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionResult</name>
        <message>
            <location filename="../../ui/settings/email_fields.py" line="+169" />
            <source>Finding the server (DNS)</source>
            <translation>Recherche du serveur (DNS)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connecting</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Security certificate (TLS)</source>
            <translation>Certificat de sécurité (TLS)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logging in</source>
            <translation>Identification</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server features</source>
            <translation>Fonctions du serveur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server answer</source>
            <translation>Réponse du serveur</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Testing the connection…</source>
            <translation>Test de la connexion…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Incoming mail (IMAP)</source>
            <translation>Courrier entrant (IMAP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>connected and logged in; the inbox opens.</source>
            <translation>connecté et identifié ; la boîte de réception s'ouvre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outgoing mail (SMTP)</source>
            <translation>Courrier sortant (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>connected and logged in; ready to send.</source>
            <translation>connecté et identifié ; prêt à envoyer.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>✗ failed at “%1”</source>
            <translation>✗ échec à l'étape « %1 »</translation>
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
            <location filename="../../ui/contacts/contact_profile_view.py" line="+41" />
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
            <location line="+2" />
            <source>Export contact record…</source>
            <translation>Exporter le dossier du contact…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Plus d'actions</translation>
        </message>
        <message>
            <location line="+22" />
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
            <location line="+11" />
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
            <location line="+3" />
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add contacts from a CSV file</source>
            <translation>Ajouter des contacts depuis un fichier CSV</translation>
        </message>
        <message>
            <location line="+9" />
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
            <location line="+32" />
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
            <location filename="../../app/services/people.py" line="+192" />
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
            <location filename="../../app/services/forms.py" line="+38" />
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
            <location filename="../../app/services/forms.py" line="+3" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/services/forms.py" line="-2" />
            <source>Single choice</source>
            <translation>Choix unique</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/services/forms.py" line="+1" />
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
            <location filename="../../app/transfer/csv_mapping.py" line="+59" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/transfer/csv_mapping.py" line="+1" />
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
            <location filename="../../app/transfer/csv_mapping.py" line="+295" />
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
            <location line="+98" />
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
            <location filename="../../app/services/people.py" line="-158" />
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
            <location filename="../../app/mail/account.py" line="+159" />
            <source>Enter the server name.</source>
            <translation>Saisissez le nom du serveur.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a port between 1 and 65535.</source>
            <translation>Saisissez un port entre 1 et 65535.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose TLS or STARTTLS.</source>
            <translation>Choisissez TLS ou STARTTLS.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no certificate file at “{path}”.</source>
            <translation>Il n'y a pas de fichier de certificat à l'emplacement « {path} ».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter a size between 1 and 1024 MB.</source>
            <translation>Saisissez une taille entre 1 et 1024 Mo.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This field is required.</source>
            <translation>Ce champ est obligatoire.</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../../app/mail/messages.py" line="+249" />
            <location line="+20" />
            <location filename="../../app/mail/remote.py" line="+112" />
            <location filename="../../app/mail/send.py" line="+200" />
            <location filename="../../app/services/documentation.py" line="+49" />
            <location filename="../../app/services/people.py" line="+106" />
            <location filename="../../app/services/tags.py" line="+101" />
            <source>This record no longer exists.</source>
            <translation>Ce dossier n'existe plus.</translation>
        </message>
        <message>
            <location line="+168" />
            <source>Logged in to {host}, but its inbox could not be opened: {reason}</source>
            <translation>Connexion à {host} réussie, mais sa boîte de réception n'a pas pu être ouverte : {reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/people.py" line="+37" />
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
            <location filename="../../app/services/practice.py" line="+83" />
            <source>“{value}” is not a time zone: choose one from the list, like Europe/Lisbon.</source>
            <translation>« {value} » n'est pas un fuseau horaire : choisissez-en un dans la liste, comme Europe/Paris.</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../../app/workspace.py" line="+340" />
            <source>Please give your practice a name.</source>
            <translation>Donnez un nom à votre cabinet.</translation>
        </message>
        <message>
            <location filename="../../app/mail/account.py" line="-200" />
            <location filename="../../app/services/practice.py" line="+10" />
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
            <location filename="../../app/services/payments.py" line="+42" />
            <source>Cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank transfer</source>
            <translation>Virement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/services/relationships.py" line="+1" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+97" />
            <source>That invoice belongs to another client.</source>
            <translation>Cette facture appartient à un autre client.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A credit note is not paid: it cancels an invoice.</source>
            <translation>Un avoir ne se paie pas : il annule une facture.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A draft cannot be paid: issue the invoice first.</source>
            <translation>Un brouillon ne peut pas être payé : émettez d'abord la facture.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This invoice is cancelled. Record the payment without an invoice to keep it as the client's credit.</source>
            <translation>Cette facture est annulée. Enregistrez le paiement sans facture pour le garder comme crédit du client.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This invoice is already paid. Record the payment without an invoice to keep it as the client's credit.</source>
            <translation>Cette facture est déjà payée. Enregistrez le paiement sans facture pour le garder comme crédit du client.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Enter an amount greater than zero.</source>
            <translation>Saisissez un montant supérieur à zéro.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose how it was paid.</source>
            <translation>Choisissez le mode de paiement.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A payment cannot be dated in the future.</source>
            <translation>Un paiement ne peut pas être daté dans le futur.</translation>
        </message>
        <message>
            <location line="+34" />
            <location line="+15" />
            <source>This payment no longer exists.</source>
            <translation>Ce paiement n'existe plus.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Enter the expiry as a month (1–12) and a year, like 08/2027.</source>
            <translation>Saisissez l'expiration sous la forme mois (1–12) et année, par exemple 08/2027.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Choose a card or a bank account.</source>
            <translation>Choisissez une carte ou un compte bancaire.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter only the last 4 digits of the card.</source>
            <translation>Saisissez seulement les 4 derniers chiffres de la carte.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the bank account a label, like “Joint account, Caixa”.</source>
            <translation>Donnez un libellé au compte bancaire, par exemple « Compte joint, Crédit Agricole ».</translation>
        </message>
        <message>
            <location line="+28" />
            <source>This payment method no longer exists.</source>
            <translation>Ce moyen de paiement n'existe plus.</translation>
        </message>
        <message>
            <location filename="../../app/services/relationships.py" line="+32" />
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
            <location filename="../../app/services/invoice_records.py" line="+210" />
            <source>This invoice no longer exists.</source>
            <translation>Cette facture n'existe plus.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Enter a percentage between 0 and 100.</source>
            <translation>Saisissez un pourcentage entre 0 et 100.</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../../ui/billing/invoice_lines_table.py" line="+328" />
            <source>The quantity must be more than 0 (up to 4 decimals).</source>
            <translation>La quantité doit être supérieure à 0 (4 décimales au plus).</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../ui/billing/invoice_lines_table.py" line="+7" />
            <source>The unit price is too large.</source>
            <translation>Le prix unitaire est trop élevé.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/services/invoices.py" line="+251" />
            <location filename="../../app/services/validation.py" line="+12" />
            <location filename="../../app/transfer/csv_import.py" line="+283" />
            <source>“{value}” is not a valid date.</source>
            <translation>« {value} » n'est pas une date valide.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>That appointment does not belong to this client.</source>
            <translation>Ce rendez-vous n'appartient pas à ce client.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This appointment is already on invoice {number}. Cancel that invoice with a credit note first to invoice it again.</source>
            <translation>Ce rendez-vous figure déjà sur la facture {number}. Pour le facturer à nouveau, annulez d'abord cette facture par un avoir.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This appointment is already on a draft invoice: finish or delete that draft first.</source>
            <translation>Ce rendez-vous figure déjà sur un brouillon de facture : terminez ou supprimez d'abord ce brouillon.</translation>
        </message>
        <message>
            <location filename="../../app/services/validation.py" line="+11" />
            <location line="+4" />
            <location filename="../../ui/money_text.py" line="+101" />
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
            <location filename="../../app/workspace.py" line="-76" />
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
            <location line="+87" />
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
        <message>
            <location filename="../../app/services/appointments.py" line="+46" />
            <source>Scheduled</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/services/documentation.py" line="-12" />
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>Non honoré</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Choose a date and a start time.</source>
            <translation>Choisissez une date et une heure de début.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../app/services/service_catalog.py" line="+143" />
            <source>The duration must be between {min} and {max} minutes.</source>
            <translation>La durée doit être comprise entre {min} et {max} minutes.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/services/invoice_records.py" line="-34" />
            <location filename="../../app/services/service_catalog.py" line="+63" />
            <location line="+77" />
            <source>That service no longer exists.</source>
            <translation>Ce service n'existe plus.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where the appointment takes place.</source>
            <translation>Choisissez où a lieu le rendez-vous.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A video link starts with https:// (copy it from your video service).</source>
            <translation>Un lien de visio commence par https:// (copiez-le depuis votre service de visio).</translation>
        </message>
        <message>
            <location line="+34" />
            <source>This appointment no longer exists.</source>
            <translation>Ce rendez-vous n'existe plus.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>Give a reason for the cancellation.</source>
            <translation>Indiquez le motif de l'annulation.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only a scheduled appointment can be cancelled.</source>
            <translation>Seul un rendez-vous prévu peut être annulé.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>An appointment that has not started yet cannot be marked completed or no-show.</source>
            <translation>Un rendez-vous qui n'a pas encore commencé ne peut pas être marqué terminé ni non honoré.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>This appointment has an invoice or notes; cancel it instead of deleting it.</source>
            <translation>Ce rendez-vous a une facture ou des notes ; annulez-le au lieu de le supprimer.</translation>
        </message>
        <message>
            <location filename="../../app/services/billing_settings.py" line="+49" />
            <source>The logo must be a PNG image.</source>
            <translation>Le logo doit être une image PNG.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The logo is too large: choose an image under 2 MB.</source>
            <translation>Le logo est trop volumineux : choisissez une image de moins de 2 Mo.</translation>
        </message>
        <message>
            <location filename="../../app/services/card_safety.py" line="+29" />
            <source>This looks like a full card number, and Consulta never stores full card numbers or security codes: it does no card processing (it works offline). Keep only the brand, the last 4 digits and the expiry date.</source>
            <translation>Cela ressemble à un numéro de carte complet, et Consulta n'enregistre jamais de numéro de carte complet ni de code de sécurité : il ne traite aucun paiement par carte (il fonctionne hors ligne). Ne gardez que la marque, les 4 derniers chiffres et la date d'expiration.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consulta never stores a card's security code (CVC/CVV) or its full number: it does no card processing (it works offline). Keep only the brand, the last 4 digits and the expiry date.</source>
            <translation>Consulta n'enregistre jamais le code de sécurité d'une carte (CVC/CVV) ni son numéro complet : il ne traite aucun paiement par carte (il fonctionne hors ligne). Ne gardez que la marque, les 4 derniers chiffres et la date d'expiration.</translation>
        </message>
        <message>
            <location filename="../../app/services/invoices.py" line="-150" />
            <location line="+93" />
            <source>An invoice can have up to {max} lines.</source>
            <translation>Une facture peut compter {max} lignes au plus.</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Choose at least one appointment.</source>
            <translation>Choisissez au moins un rendez-vous.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>An issued invoice cannot be changed or deleted. To correct it, cancel it with a credit note and issue a corrected invoice.</source>
            <translation>Une facture émise ne peut être ni modifiée ni supprimée. Pour la corriger, annulez-la par un avoir et émettez une facture corrigée.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The issue date cannot be in the future.</source>
            <translation>La date d'émission ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The issue date cannot be before {date}: numbers follow the order of the dates, and a document dated {date} is already issued.</source>
            <translation>La date d'émission ne peut pas être antérieure au {date} : les numéros suivent l'ordre des dates, et un document daté du {date} est déjà émis.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This invoice is already issued (number {number}).</source>
            <translation>Cette facture est déjà émise (numéro {number}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add at least one line before issuing the invoice.</source>
            <translation>Ajoutez au moins une ligne avant d'émettre la facture.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every line needs a description: it is printed on the invoice.</source>
            <translation>Chaque ligne a besoin d'une désignation : elle est imprimée sur la facture.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An invoice cannot have a negative total. To give money back, cancel an invoice with a credit note.</source>
            <translation>Une facture ne peut pas avoir un total négatif. Pour rembourser, annulez une facture par un avoir.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>A credit note cannot be cancelled.</source>
            <translation>Un avoir ne peut pas être annulé.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A draft has no number yet: delete it instead of cancelling it.</source>
            <translation>Un brouillon n'a pas encore de numéro : supprimez-le au lieu de l'annuler.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This invoice is already cancelled.</source>
            <translation>Cette facture est déjà annulée.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the reason for the cancellation: it is printed on the credit note.</source>
            <translation>Indiquez le motif de l'annulation : il est imprimé sur l'avoir.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A credit note cannot be duplicated; duplicate the invoice instead.</source>
            <translation>Un avoir ne peut pas être dupliqué ; dupliquez plutôt la facture.</translation>
        </message>
        <message>
            <location filename="../../app/services/numbering.py" line="+51" />
            <source>The number format may only use {{year}} and {{seq}} (for example INV-{{year}}-{{seq:04}}); curly brackets must come in pairs.</source>
            <translation>Le format du numéro ne peut utiliser que {{year}} et {{seq}} (par exemple INV-{{year}}-{{seq:04}}) ; les accolades vont par paires.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The number format needs {{seq}} exactly once: it is the running counter that makes each number unique.</source>
            <translation>Le format du numéro doit contenir {{seq}} exactement une fois : c'est le compteur qui rend chaque numéro unique.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The number format is too long: numbers may have up to {max} characters.</source>
            <translation>Le format du numéro est trop long : les numéros peuvent compter {max} caractères au plus.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The number {number} is already used, and numbers are never reused. Change the number format in Settings → Billing (for example add a prefix).</source>
            <translation>Le numéro {number} est déjà utilisé, et les numéros ne sont jamais réutilisés. Modifiez le format du numéro dans Paramètres → Facturation (par exemple en ajoutant un préfixe).</translation>
        </message>
        <message>
            <location filename="../../app/services/recurrence.py" line="+37" />
            <source>Choose how often the appointment repeats.</source>
            <translation>Choisissez à quelle fréquence le rendez-vous se répète.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Say how many times it repeats, or until which date.</source>
            <translation>Indiquez combien de fois il se répète, ou jusqu'à quelle date.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A series has between 2 and {max} appointments.</source>
            <translation>Une série compte entre 2 et {max} rendez-vous.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The end date must be after the first appointment.</source>
            <translation>La date de fin doit être postérieure au premier rendez-vous.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A series can span at most three years.</source>
            <translation>Une série peut s'étendre sur trois ans au plus.</translation>
        </message>
        <message>
            <location filename="../../app/services/service_catalog.py" line="-202" />
            <source>Enter a whole amount: {currency} has no decimals.</source>
            <translation>Saisissez un montant entier : {currency} n'a pas de décimales.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the price with at most {digits} decimals.</source>
            <translation>Saisissez le prix avec {digits} décimales au plus.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A service needs a name.</source>
            <translation>Un service a besoin d'un nom.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A service called “{name}” already exists.</source>
            <translation>Un service nommé « {name} » existe déjà.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The price cannot be negative.</source>
            <translation>Le prix ne peut pas être négatif.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The tax rate is a percentage between 0 and 100.</source>
            <translation>Le taux de TVA est un pourcentage entre 0 et 100.</translation>
        </message>
        <message>
            <location filename="../../app/mail/connect.py" line="+40" />
            <source>The certificate authority file “{path}” could not be read.</source>
            <translation>Le fichier de l'autorité de certification « {path} » n'a pas pu être lu.</translation>
        </message>
        <message>
            <location line="+40" />
            <location line="+55" />
            <source>{host} does not offer STARTTLS on port {port}, so the password would travel unprotected. Choose TLS, or the port your provider gives for it.</source>
            <translation>{host} ne propose pas STARTTLS sur le port {port} : le mot de passe circulerait sans protection. Choisissez TLS, ou le port que votre fournisseur indique pour cela.</translation>
        </message>
        <message>
            <location line="-47" />
            <source>{host} does not speak IMAP4rev1, which Consulta needs.</source>
            <translation>{host} ne prend pas en charge IMAP4rev1, dont Consulta a besoin.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>{host} does not offer to log in (SMTP AUTH) on port {port}.</source>
            <translation>{host} ne propose pas de s'identifier (SMTP AUTH) sur le port {port}.</translation>
        </message>
        <message>
            <location filename="../../app/mail/errors.py" line="+70" />
            <source>The security certificate of {host} has expired, so the connection is not safe. The server's administrator must renew it.</source>
            <translation>Le certificat de sécurité de {host} a expiré : la connexion n'est pas sûre. L'administrateur du serveur doit le renouveler.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The security certificate of {host} is not valid yet. Check this computer's date and time.</source>
            <translation>Le certificat de sécurité de {host} n'est pas encore valide. Vérifiez la date et l'heure de cet ordinateur.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The security certificate of the server was issued for another name than “{host}”. Check the server name (your provider's instructions give the exact one).</source>
            <translation>Le certificat de sécurité du serveur a été émis pour un autre nom que « {host} ». Vérifiez le nom du serveur (les instructions de votre fournisseur donnent le nom exact).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The security certificate of {host} could not be verified: it is not signed by an authority this computer trusts. If the server uses its own certificate authority, choose that CA file.</source>
            <translation>Le certificat de sécurité de {host} n'a pas pu être vérifié : il n'est pas signé par une autorité reconnue par cet ordinateur. Si le serveur utilise sa propre autorité de certification, choisissez ce fichier d'AC.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The server name “{host}” could not be found. Check its spelling and that this computer is connected to the internet.</source>
            <translation>Le serveur « {host} » est introuvable. Vérifiez son orthographe et que cet ordinateur est connecté à internet.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A secure connection to {host} could not be set up. Check that the security setting (TLS or STARTTLS) matches the port.</source>
            <translation>Aucune connexion sécurisée n'a pu être établie avec {host}. Vérifiez que le réglage de sécurité (TLS ou STARTTLS) correspond au port.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{host} refused the connection on port {port}. Check the port number, or the server may be down.</source>
            <translation>{host} a refusé la connexion sur le port {port}. Vérifiez le numéro de port ; le serveur est peut-être aussi hors service.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{host} did not answer on port {port}. This computer may be offline, or a firewall blocks the port.</source>
            <translation>{host} n'a pas répondu sur le port {port}. Cet ordinateur est peut-être hors ligne, ou un pare-feu bloque le port.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{host} refused the user name or password.</source>
            <translation>{host} a refusé le nom d'utilisateur ou le mot de passe.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+6" />
            <source>{host} reported an error: {reason}</source>
            <translation>{host} a signalé une erreur : {reason}</translation>
        </message>
        <message>
            <location line="-2" />
            <source>The connection to {host} was lost.</source>
            <translation>La connexion à {host} a été perdue.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No password for {host} is stored on this computer. Enter it in Settings → Email.</source>
            <translation>Aucun mot de passe pour {host} n'est enregistré sur cet ordinateur. Saisissez-le dans Paramètres → Courriel.</translation>
        </message>
        <message>
            <location filename="../../app/services/documentation.py" line="-7" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Form</source>
            <translation>Formulaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shared</source>
            <translation>Partagé</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This client is in the trash. Restore the client to add documentation.</source>
            <translation>Ce client est dans la corbeille. Restaurez-le pour ajouter des documents.</translation>
        </message>
        <message>
            <location filename="../../app/services/forms.py" line="-3" />
            <source>Short text</source>
            <translation>Texte court</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Yes / no</source>
            <translation>Oui / non</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scale 1–10</source>
            <translation>Échelle 1–10</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature (name and date)</source>
            <translation>Signature (nom et date)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heading</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+49" />
            <source>Add at least one question.</source>
            <translation>Ajoutez au moins une question.</translation>
        </message>
        <message>
            <location line="-46" />
            <source>A form can have at most {n} questions.</source>
            <translation>Un formulaire peut compter {n} questions au plus.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Question {n} has no type; choose one from the list.</source>
            <translation>La question {n} n'a pas de type ; choisissez-en un dans la liste.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Two questions have the same identifier “{id}”.</source>
            <translation>Deux questions ont le même identifiant « {id} ».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Question {n} needs a text.</source>
            <translation>La question {n} a besoin d'un texte.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>“{label}” needs at least two different options.</source>
            <translation>« {label} » a besoin d'au moins deux options différentes.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>“{label}”: “{value}” is not a date.</source>
            <translation>« {label} » : « {value} » n'est pas une date.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>“{label}”: the answer is too long.</source>
            <translation>« {label} » : la réponse est trop longue.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{label}”: choose one of the options.</source>
            <translation>« {label} » : choisissez l'une des options.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{label}”: choose among the options.</source>
            <translation>« {label} » : choisissez parmi les options.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{label}”: answer yes or no.</source>
            <translation>« {label} » : répondez oui ou non.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>“{label}”: choose a number from {low} to {high}.</source>
            <translation>« {label} » : choisissez un nombre de {low} à {high}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{label}”: enter the name and the date.</source>
            <translation>« {label} » : saisissez le nom et la date.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{label}”: enter both the name and the date.</source>
            <translation>« {label} » : saisissez à la fois le nom et la date.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“{label}” takes no answer.</source>
            <translation>« {label} » n'attend pas de réponse.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Please answer “{label}”.</source>
            <translation>Répondez à « {label} ».</translation>
        </message>
        <message>
            <location line="+45" />
            <source>This form no longer exists.</source>
            <translation>Ce formulaire n'existe plus.</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../../app/services/templates.py" line="+244" />
            <source>That form template no longer exists.</source>
            <translation>Ce modèle de formulaire n'existe plus.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This form is in the trash. Restore it first.</source>
            <translation>Ce formulaire est dans la corbeille. Restaurez-le d'abord.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Move the form to the trash before deleting it for good.</source>
            <translation>Mettez le formulaire à la corbeille avant de le supprimer définitivement.</translation>
        </message>
        <message>
            <location filename="../../app/services/notes.py" line="+112" />
            <source>This note no longer exists.</source>
            <translation>Cette note n'existe plus.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This text is too long to save (over 10 MB). Remove large pasted images.</source>
            <translation>Ce texte est trop long pour être enregistré (plus de 10 Mo). Retirez les grandes images collées.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the note's date.</source>
            <translation>Choisissez la date de la note.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>That appointment is not one of this client's.</source>
            <translation>Ce rendez-vous n'est pas celui de ce client.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/services/templates.py" line="-92" />
            <source>That template no longer exists.</source>
            <translation>Ce modèle n'existe plus.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+77" />
            <source>This note is in the trash. Restore it first.</source>
            <translation>Cette note est dans la corbeille. Restaurez-la d'abord.</translation>
        </message>
        <message>
            <location line="-74" />
            <source>This note is completed and can no longer be changed. Add an addendum instead.</source>
            <translation>Cette note est terminée et ne peut plus être modifiée. Ajoutez plutôt un addendum.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Give the note a title before completing it.</source>
            <translation>Donnez un titre à la note avant de la terminer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The note is empty. Write something before completing it.</source>
            <translation>La note est vide. Écrivez quelque chose avant de la terminer.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Addenda are for completed notes; a draft can still be edited.</source>
            <translation>Les addenda sont pour les notes terminées ; un brouillon peut encore être modifié.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The addendum is empty.</source>
            <translation>L'addendum est vide.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Only a completed note can be shared. Complete it first.</source>
            <translation>Seule une note terminée peut être partagée. Terminez-la d'abord.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>A completed note cannot be deleted. Move it to the trash with a reason.</source>
            <translation>Une note terminée ne peut pas être supprimée. Mettez-la à la corbeille en indiquant la raison.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say why this note is being moved to the trash.</source>
            <translation>Indiquez pourquoi cette note est mise à la corbeille.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A draft is deleted, not trashed.</source>
            <translation>Un brouillon se supprime, il ne va pas à la corbeille.</translation>
        </message>
        <message>
            <location filename="../../app/services/templates.py" line="-11" />
            <source>Give the template a name.</source>
            <translation>Donnez un nom au modèle.</translation>
        </message>
        <message>
            <location filename="../../app/mail/parse.py" line="+41" />
            <source>This message could not be displayed fully. The original is kept unchanged.</source>
            <translation>Ce message n'a pas pu être affiché entièrement. L'original est conservé tel quel.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This message is damaged, so parts of it may be missing. The original is kept unchanged.</source>
            <translation>Ce message est endommagé : des parties peuvent manquer. L'original est conservé tel quel.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Some characters of this message could not be read and may show wrongly. The original is kept unchanged.</source>
            <translation>Certains caractères de ce message n'ont pas pu être lus et peuvent s'afficher de travers. L'original est conservé tel quel.</translation>
        </message>
        <message>
            <location filename="../../app/services/files.py" line="+98" />
            <source>“{name}” is {size}, over the {limit} limit for one file. It was not added. (The limit is in Settings → General.)</source>
            <translation>« {name} » fait {size}, au-delà de la limite de {limit} par fichier. Il n'a pas été ajouté. (La limite se règle dans Paramètres → Général.)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This file no longer exists.</source>
            <translation>Ce fichier n'existe plus.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>“{name}” cannot be read: {reason}</source>
            <translation>« {name} » ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <location line="-37" />
            <location line="+136" />
            <source>Give the file a name.</source>
            <translation>Donnez un nom au fichier.</translation>
        </message>
        <message>
            <location line="-105" />
            <source>“{name}” changed while it was being added. Try again.</source>
            <translation>« {name} » a changé pendant son ajout. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../app/mail/messages.py" line="-55" />
            <source>This message no longer exists.</source>
            <translation>Ce message n'existe plus.</translation>
        </message>
        <message>
            <location filename="../../app/mail/reminders.py" line="+92" />
            <source>Enter a number of hours between 1 and 336.</source>
            <translation>Saisissez un nombre d'heures entre 1 et 336.</translation>
        </message>
        <message>
            <location filename="../../app/mail/remote.py" line="+22" />
            <source>This attachment is no longer on the server, so it cannot be fetched.</source>
            <translation>Cette pièce jointe n'est plus sur le serveur : elle ne peut pas être récupérée.</translation>
        </message>
        <message>
            <location filename="../../app/mail/send.py" line="-107" />
            <location filename="../../ui/mail/address_fields.py" line="+47" />
            <source>Add at least one recipient.</source>
            <translation>Ajoutez au moins un destinataire.</translation>
        </message>
        <message>
            <location line="+39" />
            <location filename="../../ui/mail/composer.py" line="-450" />
            <source>Set up your email account first (Settings → Email).</source>
            <translation>Configurez d'abord votre compte de courriel (Paramètres → Courriel).</translation>
        </message>
        <message>
            <location filename="../../app/transfer/csv_import.py" line="-29" />
            <source>“{value}” is not a known status (lead, active, inactive or archived).</source>
            <translation>« {value} » n'est pas un statut connu (lead, active, inactive ou archived).</translation>
        </message>
        <message>
            <location line="+79" />
            <source>“{value}” is not yes or no.</source>
            <translation>« {value} » n'est ni oui ni non.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/csv_mapping.py" line="-306" />
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
            <source>Full name (first word is the first name)</source>
            <translation>Nom complet (le premier mot est le prénom)</translation>
        </message>
        <message>
            <location line="+2" />
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
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address line 2</source>
            <translation>Adresse (ligne 2)</translation>
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
        <message>
            <location line="+133" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Do not import</source>
            <translation>Ne pas importer</translation>
        </message>
        <message>
            <location line="+172" />
            <source>There is no saved mapping called “{name}”.</source>
            <translation>Aucune correspondance enregistrée ne s'appelle « {name} ».</translation>
        </message>
        <message>
            <location filename="../../app/transfer/csv_sniff.py" line="+30" />
            <source>This looks like an Excel workbook or another zipped file, not a CSV file. Open it in your spreadsheet program and save it as CSV first.</source>
            <translation>Cela ressemble à un classeur Excel ou à un autre fichier compressé, pas à un fichier CSV. Ouvrez-le dans votre tableur et enregistrez-le d'abord au format CSV.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This looks like an old Excel workbook (.xls), not a CSV file. Open it in your spreadsheet program and save it as CSV first.</source>
            <translation>Cela ressemble à un ancien classeur Excel (.xls), pas à un fichier CSV. Ouvrez-le dans votre tableur et enregistrez-le d'abord au format CSV.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is a PDF document, not a CSV file.</source>
            <translation>C'est un document PDF, pas un fichier CSV.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“{name}” is not a text file, so it cannot be a CSV file. Nothing was imported.</source>
            <translation>« {name} » n'est pas un fichier texte, ce ne peut donc pas être un CSV. Rien n'a été importé.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>“{name}” is too large for a CSV of clients ({size} MB).</source>
            <translation>« {name} » est trop volumineux pour un CSV de clients ({size} Mo).</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+4" />
            <source>“{name}” is empty.</source>
            <translation>« {name} » est vide.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>“{name}” cannot be read as {encoding}.</source>
            <translation>« {name} » ne peut pas être lu en {encoding}.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/progress.py" line="+23" />
            <source>Cancelled. Nothing was changed.</source>
            <translation>Annulé. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/import_batches.py" line="+96" />
            <source>Choose what to do with each duplicate.</source>
            <translation>Choisissez quoi faire de chaque doublon.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/import_undo.py" line="+64" />
            <source>This import no longer exists.</source>
            <translation>Cette importation n'existe plus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This import was already undone.</source>
            <translation>Cette importation a déjà été annulée.</translation>
        </message>
        <message>
            <location filename="../../ui/mail/sync_worker.py" line="+71" />
            <source>Something went wrong while syncing the mail: {reason}</source>
            <translation>Un problème est survenu pendant la synchronisation du courriel : {reason}</translation>
        </message>
        <message>
            <location filename="../../app/transfer/export_files.py" line="+75" />
            <source>“{path}” already exists. Choose another name or folder.</source>
            <translation>« {path} » existe déjà. Choisissez un autre nom ou un autre dossier.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder {path} does not exist.</source>
            <translation>Le dossier {path} n'existe pas.</translation>
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
        <name>CreateInvoice</name>
        <message>
            <location filename="../../ui/billing/create_from_appointments.py" line="+55" />
            <source>No invoice created</source>
            <translation>Aucune facture créée</translation>
        </message>
    </context>
    <context>
        <name>CreateWorkspaceDialog</name>
        <message>
            <location filename="../../ui/workspace/create_dialog.py" line="+40" />
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
            <location line="+59" />
            <source>Create workspace</source>
            <translation>Créer l'espace de travail</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Creating…</source>
            <translation>Création…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The workspace could not be created: %1</source>
            <translation>L'espace de travail n'a pas pu être créé : %1</translation>
        </message>
    </context>
    <context>
        <name>CreditNoteDialog</name>
        <message>
            <location filename="../../ui/billing/credit_note_dialog.py" line="+49" />
            <source>Cancel invoice %1</source>
            <translation>Annuler la facture %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>An issued invoice is never changed or deleted. Cancelling it issues a credit note for its full amount (%1), with its own number and a reference to %2. You can then issue a corrected invoice.</source>
            <translation>Une facture émise n'est jamais modifiée ni supprimée. L'annuler émet un avoir de son montant total (%1), avec son propre numéro et une référence à %2. Vous pourrez ensuite émettre une facture corrigée.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The %1 already paid on it stays with the client as credit.</source>
            <translation>Les %1 déjà payés restent au client sous forme de crédit.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wrong amount</source>
            <translation>Montant erroné</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Wrong client details</source>
            <translation>Coordonnées du client erronées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The session did not take place</source>
            <translation>La séance n'a pas eu lieu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoiced twice</source>
            <translation>Facturée deux fois</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printed on the credit note</source>
            <translation>Imprimé sur l'avoir</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Reason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keep invoice</source>
            <translation>Garder la facture</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Issue credit note</source>
            <translation>Émettre l'avoir</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Credit note %1 is issued and invoice %2 is cancelled.</source>
            <translation>L'avoir %1 est émis et la facture %2 est annulée.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Credit note issued</source>
            <translation>Avoir émis</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the credit note to the client. To bill the right amount, make a corrected copy of the invoice and issue it.</source>
            <translation>Envoyez l'avoir au client. Pour facturer le bon montant, faites une copie corrigée de la facture et émettez-la.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save credit note PDF…</source>
            <translation>Enregistrer le PDF de l'avoir…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make a corrected copy…</source>
            <translation>Faire une copie corrigée…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Saved as %1</source>
            <translation>Enregistré sous %1</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../ui/person_form.py" line="+85" />
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
        <name>DocListModel</name>
        <message>
            <location filename="../../ui/documentation/doc_list_model.py" line="+108" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Draft: still being written.</source>
            <translation>Brouillon : encore en cours de rédaction.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed: the text can no longer be changed; corrections go in addenda.</source>
            <translation>Terminée : le texte ne peut plus être modifié ; les corrections vont dans des addenda.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shared with the client.</source>
            <translation>Partagée avec le client.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filled in.</source>
            <translation>Rempli.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duplicate</source>
            <translation>Doublon</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Another file of this client has the same content.</source>
            <translation>Un autre fichier de ce client a le même contenu.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>In the trash since %1</source>
            <translation>Dans la corbeille depuis le %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+6" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Same as “%1”, uploaded %2</source>
            <translation>Identique à « %1 », téléversé le %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentationTab</name>
        <message>
            <location filename="../../ui/documentation/documentation_tab.py" line="+103" />
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From template…</source>
            <translation>À partir d'un modèle…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fill in a form…</source>
            <translation>Remplir un formulaire…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Upload files…</source>
            <translation>Téléverser des fichiers…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or drop files onto this tab</source>
            <translation>Ou déposez des fichiers sur cet onglet</translation>
        </message>
        <message>
            <location line="+13" />
            <source>All</source>
            <translation>Tout</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forms</source>
            <translation>Formulaires</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Show: %1</source>
            <translation>Afficher : %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Search notes, forms and files</source>
            <translation>Rechercher dans les documents</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Notes, forms and files moved to the trash</source>
            <translation>Notes, formulaires et fichiers mis à la corbeille</translation>
        </message>
        <message>
            <location line="+10" />
            <source>In the trash: restore an item from its ⋮ menu. A completed note shows why it was moved here.</source>
            <translation>Dans la corbeille : restaurez un élément depuis son menu ⋮. Une note terminée indique pourquoi elle a été mise ici.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+1" />
            <source>Dismiss</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Documentation (%1)</source>
            <translation>Documentation (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash (%1)</source>
            <translation>Corbeille (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash</source>
            <translation>Corbeille</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing here matches your search.</source>
            <translation>Rien ici ne correspond à votre recherche.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The trash is empty.</source>
            <translation>La corbeille est vide.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing matches. Try other words or show all kinds.</source>
            <translation>Aucun résultat. Essayez d'autres mots ou affichez tous les types.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No notes, forms or files for this client yet. Write a note, fill in a form, or drop files here to keep them with the record, encrypted.</source>
            <translation>Pas encore de notes, de formulaires ni de fichiers pour ce client. Rédigez une note, remplissez un formulaire ou déposez des fichiers ici pour les garder dans le dossier, chiffrés.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Upload files</source>
            <translation>Téléverser des fichiers</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Upload</source>
            <translation>Téléverser</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Adding %1 of %2: %3</source>
            <translation>Ajout de %1 sur %2 : %3</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Not found</source>
            <translation>Introuvable</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Saved %1 in %2</source>
            <translation>%1 enregistré dans %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentationTabText</name>
        <message numerus="yes">
            <location line="-102" />
            <source>Added %n file(s).</source>
            <translation>
                <numerusform>%n fichier ajouté.</numerusform>
                <numerusform>%n fichiers ajoutés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>Drop to add %n file(s) to this client's documentation</source>
            <translation>
                <numerusform>Déposez pour ajouter %n fichier aux documents de ce client</numerusform>
                <numerusform>Déposez pour ajouter %n fichiers aux documents de ce client</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../ui/transfer/import_done_page.py" line="+26" />
            <source>Changed your mind? Undo import removes the people this import created and gives the people it updated their previous details back. You can also do it later from Past imports.</source>
            <translation>Vous avez changé d'avis ? Annuler l'importation supprime les personnes créées par cette importation et rend aux personnes mises à jour leurs informations précédentes. Vous pouvez aussi le faire plus tard depuis Importations précédentes.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Undo import</source>
            <translation>Annuler l'importation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save rejected rows…</source>
            <translation>Enregistrer les lignes refusées…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Import finished</source>
            <translation>Importation terminée</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n contact(s) created.</source>
            <translation>
                <numerusform>%n contact créé.</numerusform>
                <numerusform>%n contacts créés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s) created.</source>
            <translation>
                <numerusform>%n client créé.</numerusform>
                <numerusform>%n clients créés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n existing contact(s) updated.</source>
            <translation>
                <numerusform>%n contact existant mis à jour.</numerusform>
                <numerusform>%n contacts existants mis à jour.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n existing client(s) updated.</source>
            <translation>
                <numerusform>%n client existant mis à jour.</numerusform>
                <numerusform>%n clients existants mis à jour.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n duplicate(s) skipped.</source>
            <translation>
                <numerusform>%n doublon ignoré.</numerusform>
                <numerusform>%n doublons ignorés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n row(s) could not be imported.</source>
            <translation>
                <numerusform>%n ligne n'a pas pu être importée.</numerusform>
                <numerusform>%n lignes n'ont pas pu être importées.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import undone</source>
            <translation>Importation annulée</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n contact(s) removed.</source>
            <translation>
                <numerusform>%n contact supprimé.</numerusform>
                <numerusform>%n contacts supprimés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s) removed.</source>
            <translation>
                <numerusform>%n client supprimé.</numerusform>
                <numerusform>%n clients supprimés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n person(s) given their previous details back.</source>
            <translation>
                <numerusform>%n personne a retrouvé ses informations précédentes.</numerusform>
                <numerusform>%n personnes ont retrouvé leurs informations précédentes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n person(s) kept: they have notes, forms, files, appointments, invoices or payments since the import.</source>
            <translation>
                <numerusform>%n personne conservée : elle a des notes, formulaires, fichiers, rendez-vous, factures ou paiements depuis l'importation.</numerusform>
                <numerusform>%n personnes conservées : elles ont des notes, formulaires, fichiers, rendez-vous, factures ou paiements depuis l'importation.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesModel</name>
        <message>
            <location filename="../../ui/transfer/import_check_page.py" line="+13" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name in the file</source>
            <translation>Nom dans le fichier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Looks like</source>
            <translation>Ressemble à</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Because of</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Line %1 of this file</source>
            <translation>Ligne %1 de ce fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same email</source>
            <translation>Même courriel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same name and date of birth</source>
            <translation>Même nom et même date de naissance</translation>
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
        <name>EmailSettingsPage</name>
        <message>
            <location filename="../../ui/settings/email_page.py" line="+67" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Connect the email account you use with clients. Consulta brings its mail in the background, files each message to the client it belongs to (Inbox tab), and sends from this account.</source>
            <translation>Connectez le compte de courriel que vous utilisez avec vos clients. Consulta récupère son courrier en arrière-plan, classe chaque message dans le dossier du client concerné (onglet Boîte de réception) et envoie depuis ce compte.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>you@example.com</source>
            <translation>vous@exemple.fr</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left empty, the server name, user name and password of incoming mail are used.</source>
            <translation>Laissés vides, le serveur, le nom d'utilisateur et le mot de passe du courrier entrant sont utilisés.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>None: the system's trusted authorities</source>
            <translation>Aucune : les autorités de confiance du système</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only for a self-hosted server with its own certificate authority. Certificates are always checked.</source>
            <translation>Seulement pour un serveur auto-hébergé avec sa propre autorité de certification. Les certificats sont toujours vérifiés.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Load folders from the server</source>
            <translation>Charger les dossiers du &amp;serveur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The inbox and the sent folder are always synced. Load the server's other folders to tick some to sync too.</source>
            <translation>La boîte de réception et le dossier des envoyés sont toujours synchronisés. Chargez les autres dossiers du serveur pour en cocher d'autres à synchroniser.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save email settings</source>
            <translation>Enregistrer les paramètres du courriel</translation>
        </message>
        <message>
            <location line="+19" />
            <source> hours before</source>
            <translation> heures avant</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reminders are switched on for each client, in their Inbox tab, with the language to write in. They give the date and time only, never health details, and go out from this account like any message in the Outbox.</source>
            <translation>Les rappels s'activent pour chaque client, dans son onglet Boîte de réception, avec la langue dans laquelle lui écrire. Ils ne donnent que la date et l'heure, jamais d'informations de santé, et partent de ce compte comme tout message de la boîte d'envoi.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Email address</source>
            <translation>Adr&amp;esse électronique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name shown to recipients</source>
            <translation>&amp;Nom affiché aux destinataires</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Incoming mail (IMAP)</source>
            <translation>Courrier entrant (IMAP)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outgoing mail (SMTP)</source>
            <translation>Courrier sortant (SMTP)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Security</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificate &amp;authority</source>
            <translation>A&amp;utorité de certification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What to sync</source>
            <translation>Quoi synchroniser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fetch mail from the &amp;last</source>
            <translation>Récupérer le courrier des &amp;derniers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Older mail of a client is still fetched when you add the client or their address.</source>
            <translation>Le courrier plus ancien d'un client est tout de même récupéré quand vous ajoutez ce client ou son adresse.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Other folders</source>
            <translation>Autres dossiers</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Appointment reminders</source>
            <translation>Rappels de rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send &amp;reminders</source>
            <translation>Envoyer les &amp;rappels</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Saved — type a new one to change it</source>
            <translation>Enregistré — saisissez-en un nouveau pour le changer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Same as incoming</source>
            <translation>Identique au courrier entrant</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Passwords are kept in this computer's keyring, not in the workspace file.</source>
            <translation>Les mots de passe sont conservés dans le trousseau de clés de cet ordinateur, pas dans le fichier de l'espace de travail.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This computer has no keyring service, so passwords are kept inside the encrypted workspace file.</source>
            <translation>Cet ordinateur n'a pas de service de trousseau de clés : les mots de passe sont conservés dans le fichier chiffré de l'espace de travail.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Enter the incoming mail server and your user name.</source>
            <translation>Saisissez le serveur de courrier entrant et votre nom d'utilisateur.</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Choose the certificate authority file</source>
            <translation>Choisissez le fichier de l'autorité de certification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Enter the password of your email account.</source>
            <translation>Saisissez le mot de passe de votre compte de courriel.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Email settings saved. The passwords are in this computer's keyring.</source>
            <translation>Paramètres du courriel enregistrés. Les mots de passe sont dans le trousseau de clés de cet ordinateur.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Email settings saved. The passwords are inside the encrypted workspace file (this computer has no keyring).</source>
            <translation>Paramètres du courriel enregistrés. Les mots de passe sont dans le fichier chiffré de l'espace de travail (cet ordinateur n'a pas de trousseau de clés).</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>Reminders now go out %n hour(s) before an appointment.</source>
            <translation>
                <numerusform>Les rappels partent désormais %n heure avant un rendez-vous.</numerusform>
                <numerusform>Les rappels partent désormais %n heures avant un rendez-vous.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Settings: the email account</source>
            <translation>Paramètres : le compte de courriel</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../ui/clients/erase_dialog.py" line="+64" />
            <source>Delete permanently</source>
            <translation>Supprimer définitivement</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Erase %1 for good?</source>
            <translation>Effacer %1 définitivement ?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Erase these clients for good? %1</source>
            <translation>Effacer définitivement ces clients ? %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Everything recorded about them is erased and cannot be brought back: the record and its custom fields, relationships, notes, forms, files, stored emails and appointments.</source>
            <translation>Tout ce qui a été enregistré est effacé et ne peut pas être récupéré : le dossier et ses champs personnalisés, relations, notes, formulaires, fichiers, courriels enregistrés et rendez-vous.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Issued invoices and credit notes, and payments with their receipts, stay exactly as issued, linked to no one, because the law requires keeping them.</source>
            <translation>Les factures et avoirs émis, ainsi que les paiements et leurs reçus, restent tels qu'ils ont été émis, sans être rattachés à personne, car la loi impose de les conserver.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The client asked for their data to be erased</source>
            <translation>Le client a demandé l'effacement de ses données</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added by mistake</source>
            <translation>Ajouté par erreur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate record</source>
            <translation>Dossier en double</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other…</source>
            <translation>Autre…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a reason…</source>
            <translation>Choisissez un motif…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Details</source>
            <translation>Informations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reason is kept in the audit log, with what was erased (never the erased details themselves).</source>
            <translation>Le motif est conservé dans le journal d'audit, avec ce qui a été effacé (jamais les informations effacées elles-mêmes).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Reason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De&amp;tails</source>
            <translation>Dé&amp;tails</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Erase permanently</source>
            <translation>&amp;Effacer définitivement</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Say why (needed for “Other”)</source>
            <translation>Précisez pourquoi (obligatoire pour « Autre »)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Notes: %1</source>
            <translation>Notes : %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Forms: %1</source>
            <translation>Formulaires : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files: %1</source>
            <translation>Fichiers : %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stored emails: %1</source>
            <translation>Courriels enregistrés : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointments: %1</source>
            <translation>Rendez-vous : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships: %1</source>
            <translation>Relations : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom field values: %1</source>
            <translation>Valeurs de champs personnalisés : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft invoices: %1</source>
            <translation>Brouillons de facture : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stored payment methods: %1</source>
            <translation>Moyens de paiement enregistrés : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsent emails: %1</source>
            <translation>Courriels non envoyés : %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 was erased</source>
            <translation>Le dossier de %1 a été effacé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clients erased: %1</source>
            <translation>Clients effacés : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The record is gone, with everything recorded about them.</source>
            <translation>Le dossier a été effacé, avec tout ce qui y était enregistré.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Invoices kept as issued: %1</source>
            <translation>Factures conservées telles qu'émises : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipts kept: %1</source>
            <translation>Reçus conservés : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>They stay in Billing, linked to no one, as the law requires.</source>
            <translation>Ils restent dans Facturation, sans être rattachés à personne, comme l'exige la loi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There were no issued invoices or payments to keep.</source>
            <translation>Il n'y avait ni facture émise ni paiement à conserver.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/transfer/export_dialog.py" line="+81" />
            <source>Export contact record</source>
            <translation>Exporter le dossier du contact</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export client record</source>
            <translation>Exporter le dossier du client</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export practice</source>
            <translation>Exporter le cabinet</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Every client and contact, each in their own folder, with their notes and forms (PDF and JSON), files, emails and invoices</source>
            <translation>Tous les clients et contacts, chacun dans son propre dossier, avec ses notes et formulaires (PDF et JSON), fichiers, courriels et factures</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Spreadsheet files (CSV) of clients, contacts, appointments, invoices and payments</source>
            <translation>Fichiers tableur (CSV) des clients, contacts, rendez-vous, factures et paiements</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The definitions of your custom fields</source>
            <translation>Les définitions de vos champs personnalisés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details, custom fields and relationships</source>
            <translation>Informations, champs personnalisés et relations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointments</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes and forms, as PDF and as structured data (JSON)</source>
            <translation>Notes et formulaires, en PDF et en données structurées (JSON)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emails, as .eml files</source>
            <translation>Courriels, en fichiers .eml</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices, as PDF</source>
            <translation>Factures, en PDF</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What is included</source>
            <translation>Ce qui est inclus</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One .&amp;zip file</source>
            <translation>Un fichier .&amp;zip</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A f&amp;older</source>
            <translation>Un &amp;dossier</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;In folder</source>
            <translation>Dans le d&amp;ossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language of the PDFs</source>
            <translation>&amp;Langue des PDF</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The export holds health information unencrypted, readable by anyone who gets the file. Keep it somewhere safe, send it only by a secure channel, and delete it when it is no longer needed.</source>
            <translation>L'exportation contient des informations de santé non chiffrées, lisibles par quiconque obtient le fichier. Conservez-la en lieu sûr, ne l'envoyez que par un canal sécurisé et supprimez-la quand vous n'en avez plus besoin.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+157" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="-154" />
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Export into folder</source>
            <translation>Exporter dans le dossier</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Give the export a name and a folder.</source>
            <translation>Donnez un nom et un dossier à l'exportation.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Exporting the practice…</source>
            <translation>Exportation du cabinet…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exporting %1’s record…</source>
            <translation>Exportation du dossier de %1…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported to:</source>
            <translation>Exporté vers :</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The export was not made. %1</source>
            <translation>L'exportation n'a pas été effectuée. %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export cancelled. Nothing was left behind.</source>
            <translation>Exportation annulée. Aucun fichier n'est resté.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Export complete</source>
            <translation>Exportation terminée</translation>
        </message>
        <message>
            <location line="+5" />
            <source>It holds health information unencrypted: keep it safe and delete it when it is no longer needed.</source>
            <translation>Elle contient des informations de santé non chiffrées : conservez-la en lieu sûr et supprimez-la quand vous n'en avez plus besoin.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Show in folder</source>
            <translation>&amp;Afficher dans le dossier</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Cancel the export?</source>
            <translation>Annuler l'exportation ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The export is still running. Cancel it and close? What was written so far is removed.</source>
            <translation>L'exportation est toujours en cours. L'annuler et fermer ? Ce qui a déjà été écrit sera supprimé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel export</source>
            <translation>Annuler l'exportation</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_field_dialog.py" line="+42" />
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
            <location line="+2" />
            <source>People who already have an option you remove keep it, marked “no longer an option”, until their value is changed.</source>
            <translation>Les personnes qui ont déjà une option que vous retirez la gardent, marquée « n'est plus une option », jusqu'à ce que leur valeur change.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location line="+6" />
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
            <location filename="../../ui/clients/record/field_editors.py" line="-79" />
            <source>%1 (no longer an option)</source>
            <translation>%1 (n'est plus une option)</translation>
        </message>
        <message>
            <location line="+145" />
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
        <name>FileActions</name>
        <message>
            <location filename="../../ui/documentation/file_actions.py" line="+68" />
            <source>Save a copy</source>
            <translation>Enregistrer une copie</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+13" />
            <source>The copy was not saved</source>
            <translation>La copie n'a pas été enregistrée</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+10" />
            <source>The file was not opened</source>
            <translation>Le fichier n'a pas été ouvert</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+7" />
            <source>Not renamed</source>
            <translation>Non renommé</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rename file</source>
            <translation>Renommer le fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Move “%1” to the trash? You can restore it from the Documentation tab's trash.</source>
            <translation>Mettre « %1 » à la corbeille ? Vous pourrez le restaurer depuis la corbeille de l'onglet Documentation.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move the form “%1” to the trash? You can restore it from the Documentation tab's trash.</source>
            <translation>Mettre le formulaire « %1 » à la corbeille ? Vous pourrez le restaurer depuis la corbeille de l'onglet Documentation.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not moved to the trash</source>
            <translation>Non mis à la corbeille</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Move to trash</source>
            <translation>Mettre à la corbeille</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not restored</source>
            <translation>Non restauré</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The PDF was not saved</source>
            <translation>Le PDF n'a pas été enregistré</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save form PDF</source>
            <translation>Enregistrer le PDF du formulaire</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save a copy…</source>
            <translation>Enregistrer une copie…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move to trash…</source>
            <translation>Mettre à la corbeille…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/transfer/import_file_page.py" line="+48" />
            <source>Choose a CSV file: a spreadsheet saved as CSV, or a list exported from another program. Nothing is written until the last step.</source>
            <translation>Choisissez un fichier CSV : une feuille de calcul enregistrée au format CSV, ou une liste exportée d'un autre logiciel. Rien n'est écrit avant la dernière étape.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UTF-8 with byte-order mark (Excel)</source>
            <translation>UTF-8 avec indicateur d'ordre des octets (Excel)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UTF-16 (Excel “Unicode text”)</source>
            <translation>UTF-16 (Excel « Texte Unicode »)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Windows-1252 (Western European)</source>
            <translation>Windows-1252 (Europe occidentale)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latin-1 (ISO-8859-1)</source>
            <translation>Latin-1 (ISO-8859-1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Comma ( , )</source>
            <translation>Virgule ( , )</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Semicolon ( ; )</source>
            <translation>Point-virgule ( ; )</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tab</source>
            <translation>Tabulation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Vertical bar ( | )</source>
            <translation>Barre verticale ( | )</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Row %1</source>
            <translation>Ligne %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Encoding</source>
            <translation>&amp;Encodage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Separator</source>
            <translation>&amp;Séparateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Column names in</source>
            <translation>&amp;Noms des colonnes dans</translation>
        </message>
        <message>
            <location line="+10" />
            <source>How the file was understood</source>
            <translation>Comment le fichier a été interprété</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Choose a CSV file</source>
            <translation>Choisir un fichier CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
            <translation>Fichiers CSV et texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The file could not be read: %1</source>
            <translation>Le fichier n'a pas pu être lu : %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1” has column names but no rows under them: there is nothing to import.</source>
            <translation>« %1 » a des noms de colonnes mais aucune ligne en dessous : il n'y a rien à importer.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No file chosen yet.</source>
            <translation>Aucun fichier choisi pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) to import</source>
            <translation>
                <numerusform>%n ligne à importer</numerusform>
                <numerusform>%n lignes à importer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The first %n row(s), with the file's line numbers. If the letters or columns look wrong, change the encoding or the separator above.</source>
            <translation>
                <numerusform>Voici %n ligne, avec son numéro dans le fichier. Si les lettres ou les colonnes semblent incorrectes, changez l'encodage ou le séparateur ci-dessus.</numerusform>
                <numerusform>Voici les %n premières lignes, avec leur numéro dans le fichier. Si les lettres ou les colonnes semblent incorrectes, changez l'encodage ou le séparateur ci-dessus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n row(s) have more cells than there are column names: the extra cells are left out.</source>
            <translation>
                <numerusform>%n ligne a plus de cellules que de noms de colonnes : les cellules en trop sont ignorées.</numerusform>
                <numerusform>%n lignes ont plus de cellules que de noms de colonnes : les cellules en trop sont ignorées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePreview</name>
        <message>
            <location filename="../../ui/documentation/file_preview.py" line="+116" />
            <source>%1 · %2 · added %3</source>
            <translation>%1 · %2 · ajouté le %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 (%2 bytes)</source>
            <translation>%1 (%2 octets)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added</source>
            <translation>Ajouté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checksum (SHA-256)</source>
            <translation>Somme de contrôle (SHA-256)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“Open in another program” makes a temporary decrypted copy in a private folder on this computer; Consulta deletes it when it closes.</source>
            <translation>« Ouvrir dans un autre programme » crée une copie temporaire déchiffrée dans un dossier privé de cet ordinateur ; Consulta la supprime à sa fermeture.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open in another program</source>
            <translation>Ouvrir dans un autre programme</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save a copy…</source>
            <translation>Enregistrer une copie…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Consulta cannot show this kind of file. Open it in another program, or save a copy.</source>
            <translation>Consulta ne peut pas afficher ce type de fichier. Ouvrez-le dans un autre programme ou enregistrez-en une copie.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This image cannot be shown here (it is too large or damaged). Open it in another program, or save a copy.</source>
            <translation>Cette image ne peut pas être affichée ici (elle est trop grande ou endommagée). Ouvrez-la dans un autre programme ou enregistrez-en une copie.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next page</source>
            <translation>Page suivante</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Preparing a temporary copy…</source>
            <translation>Préparation d'une copie temporaire…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Opened a temporary copy: %1. Consulta deletes it when it closes; save your changes elsewhere with “Save as” in that program.</source>
            <translation>Copie temporaire ouverte : %1. Consulta la supprime à sa fermeture ; enregistrez vos modifications ailleurs avec « Enregistrer sous » dans ce programme.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No program on this computer opens this kind of file. The temporary copy %1 is deleted when Consulta closes.</source>
            <translation>Aucun programme de cet ordinateur n'ouvre ce type de fichier. La copie temporaire %1 est supprimée à la fermeture de Consulta.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved a copy as %1</source>
            <translation>Copie enregistrée sous %1</translation>
        </message>
    </context>
    <context>
        <name>FormFillDialog</name>
        <message>
            <location filename="../../ui/documentation/form_fill_dialog.py" line="+87" />
            <source>&amp;Form</source>
            <translation>&amp;Formulaire</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Co&amp;rrect answers</source>
            <translation>&amp;Corriger les réponses</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fix a mistake in the answers; the form keeps the questions it was filled in with.</source>
            <translation>Corriger une erreur dans les réponses ; le formulaire garde les questions avec lesquelles il a été rempli.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export PDF…</source>
            <translation>E&amp;xporter en PDF…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location line="+38" />
            <location line="+12" />
            <location line="+22" />
            <source>Fill in a form</source>
            <translation>Remplir un formulaire</translation>
        </message>
        <message>
            <location line="-33" />
            <source>For %1. Enter the answers the client gave; you can paste them from a message.</source>
            <translation>Pour %1. Saisissez les réponses données par le client ; vous pouvez les coller depuis un message.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>There are no intake forms yet. Create one in the Templates area.</source>
            <translation>Pas encore de formulaires d'accueil. Créez-en un dans l'espace Modèles.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(form no longer available)</source>
            <translation>(formulaire plus disponible)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That form template no longer exists.</source>
            <translation>Ce modèle de formulaire n'existe plus.</translation>
        </message>
        <message>
            <location line="+38" />
            <location line="+5" />
            <location line="+98" />
            <source>Filled-in form</source>
            <translation>Formulaire rempli</translation>
        </message>
        <message>
            <location line="-82" />
            <source>%1 · filled in on %2</source>
            <translation>%1 · rempli le %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This form is in the trash. Restore it first.</source>
            <translation>Ce formulaire est dans la corbeille. Restaurez-le d'abord.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Correct answers</source>
            <translation>Corriger les réponses</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>%n answer(s) need attention; nothing was saved yet.</source>
            <translation>
                <numerusform>%n réponse est à revoir ; rien n'a encore été enregistré.</numerusform>
                <numerusform>%n réponses sont à revoir ; rien n'a encore été enregistré.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+49" />
            <source>Saved %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the form as PDF</source>
            <translation>Enregistrer le formulaire en PDF</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Answers to “%1” for %2</source>
            <translation>Réponses à « %1 » pour %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Discard the answers?</source>
            <translation>Abandonner les réponses ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answers you entered have not been saved.</source>
            <translation>Les réponses saisies n'ont pas été enregistrées.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
    </context>
    <context>
        <name>FormTemplateEditor</name>
        <message>
            <location filename="../../ui/templates/form_template_editor.py" line="+70" />
            <source>New intake form</source>
            <translation>Nouveau formulaire d'accueil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit intake form</source>
            <translation>Modifier le formulaire d'accueil</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The questions you go through with a client. Forms already filled in keep the questions they were answered with.</source>
            <translation>Les questions que vous parcourez avec un client. Les formulaires déjà remplis gardent les questions auxquelles on a répondu.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Couples intake</source>
            <translation>p. ex. Accueil d'un couple</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+12" />
            <source>+ &amp;Add question</source>
            <translation>+ &amp;Ajouter une question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Optional: a hint shown under the question</source>
            <translation>Facultatif : une indication affichée sous la question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An answer is required</source>
            <translation>Une réponse est obligatoire</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One option per line</source>
            <translation>Une option par ligne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Options</source>
            <translation>&amp;Options</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One option per line, in the order they are shown.</source>
            <translation>Une option par ligne, dans l'ordre d'affichage.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Te&amp;xt</source>
            <translation>Te&amp;xte</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Add a question to start.</source>
            <translation>Ajoutez une question pour commencer.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+49" />
            <source>(no text yet)</source>
            <translation>(pas encore de texte)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>required</source>
            <translation>obligatoire</translation>
        </message>
        <message>
            <location line="+63" />
            <source>A title between groups of questions; it takes no answer.</source>
            <translation>Un titre entre des groupes de questions ; il n'attend pas de réponse.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered with a number from %1 to %2.</source>
            <translation>On y répond par un nombre de %1 à %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The client’s name and the date they signed.</source>
            <translation>Le nom du client et la date à laquelle il a signé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered with yes or no.</source>
            <translation>On y répond par oui ou non.</translation>
        </message>
        <message>
            <location line="+128" />
            <source>Intake form “%1”</source>
            <translation>Formulaire d'accueil « %1 »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Discard the changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The changes to this form have not been saved.</source>
            <translation>Les modifications de ce formulaire n'ont pas été enregistrées.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
    </context>
    <context>
        <name>GeneralSettingsPage</name>
        <message>
            <location filename="../../ui/settings/general_page.py" line="+36" />
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
            <location line="+22" />
            <source>Appointment times are shown in this zone, and repeating appointments keep their time in it across summer-time changes.</source>
            <translation>Les heures des rendez-vous s'affichent dans ce fuseau, et les rendez-vous récurrents y gardent leur heure lors des changements d'heure.</translation>
        </message>
        <message>
            <location line="+16" />
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
            <location line="+3" />
            <source>&amp;Time zone</source>
            <translation>&amp;Fuseau horaire</translation>
        </message>
        <message>
            <location line="+34" />
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
            <location line="+9" />
            <source>Time zone saved: %1.</source>
            <translation>Fuseau horaire enregistré : %1.</translation>
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
            <location filename="../../ui/global_search.py" line="+131" />
            <location line="+1" />
            <source>Search clients, contacts, notes and forms</source>
            <translation>Rechercher des clients, des contacts, des notes et des formulaires</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Notes and forms</source>
            <translation>Notes et formulaires</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing found for “%1”.</source>
            <translation>Aucun résultat pour « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>IcsExportDialog</name>
        <message>
            <location filename="../../ui/calendar/ics_export_dialog.py" line="+41" />
            <source>Export to a phone calendar</source>
            <translation>Exporter vers l'agenda d'un téléphone</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export upcoming appointments</source>
            <translation>Exporter les prochains rendez-vous</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saves your upcoming appointments (the next twelve months) as an .ics file, which your phone or another calendar app can import. Cancelled appointments are left out.</source>
            <translation>Enregistre vos prochains rendez-vous (les douze prochains mois) dans un fichier .ics, que votre téléphone ou une autre application d'agenda peut importer. Les rendez-vous annulés sont laissés de côté.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Include client names</source>
            <translation>Inclure les noms des clients</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Otherwise only initials and the service are exported (for example “S.M. · Follow-up session”), so no client's name reaches a calendar that syncs to the cloud. Names also add places and video links.</source>
            <translation>Sinon, seuls les initiales et le service sont exportés (par exemple « S.M. · Séance de suivi »), pour qu'aucun nom de client n'arrive dans un agenda synchronisé avec le cloud. Avec les noms viennent aussi les lieux et les liens de visio.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Save the calendar file</source>
            <translation>Enregistrer le fichier d'agenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>iCalendar files (*.ics)</source>
            <translation>Fichiers iCalendar (*.ics)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The file could not be written: %1</source>
            <translation>Le fichier n'a pas pu être écrit : %1</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <location filename="../../ui/transfer/import_history_dialog.py" line="+36" />
            <source>Past imports</source>
            <translation>Importations précédentes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undoing an import removes the people it created and gives the people it updated their previous details back. People who have notes, appointments or invoices since are kept.</source>
            <translation>Annuler une importation supprime les personnes qu'elle a créées et rend aux personnes qu'elle a mises à jour leurs informations précédentes. Les personnes qui ont depuis des notes, des rendez-vous ou des factures sont conservées.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Of</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created</source>
            <translation>Créés</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skipped</source>
            <translation>Ignorés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not imported</source>
            <translation>Non importés</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No imports yet.</source>
            <translation>Aucune importation pour l'instant.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+67" />
            <source>Undo import</source>
            <translation>Annuler l'importation</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undone</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interrupted</source>
            <translation>Interrompue</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Undo this import?</source>
            <translation>Annuler cette importation ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1”: the %2 it created are removed, and the people it updated get their previous details back.</source>
            <translation>« %1 » : les personnes qu'elle a créées (%2) sont supprimées, et celles qu'elle a mises à jour retrouvent leurs informations précédentes.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Undoing the import…</source>
            <translation>Annulation de l'importation…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Undoing the import… %1 of %2</source>
            <translation>Annulation de l'importation… %1 sur %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Undone: %1 removed.</source>
            <translation>Importation annulée. Supprimés : %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n person(s) given their previous details back.</source>
            <translation>
                <numerusform>%n personne a retrouvé ses informations précédentes.</numerusform>
                <numerusform>%n personnes ont retrouvé leurs informations précédentes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n person(s) kept: they have records since the import.</source>
            <translation>
                <numerusform>%n personne conservée : son dossier contient des éléments ajoutés depuis l'importation.</numerusform>
                <numerusform>%n personnes conservées : leur dossier contient des éléments ajoutés depuis l'importation.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportText</name>
        <message>
            <location filename="../../ui/transfer/import_common.py" line="+73" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 - rejected rows.csv</source>
            <translation>%1 - lignes rejetées.csv</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save rejected rows</source>
            <translation>Enregistrer les lignes rejetées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/transfer/import_wizard.py" line="+56" />
            <source>Import contacts</source>
            <translation>Importer des contacts</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import clients</source>
            <translation>Importer des clients</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+37" />
            <source>1 File</source>
            <translation>1 Fichier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>2 Columns</source>
            <translation>2 Colonnes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>3 Check</source>
            <translation>3 Vérification</translation>
        </message>
        <message>
            <location line="+0" />
            <source>4 Import</source>
            <translation>4 Importation</translation>
        </message>
        <message numerus="yes">
            <location line="+83" />
            <source>Importing %Ln contact(s)…</source>
            <translation>
                <numerusform>Importation de %Ln contact…</numerusform>
                <numerusform>Importation de %Ln contacts…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Importing %Ln client(s)…</source>
            <translation>
                <numerusform>Importation de %Ln client…</numerusform>
                <numerusform>Importation de %Ln clients…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+37" />
            <source>Import cancelled. Nothing was changed.</source>
            <translation>Importation interrompue. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The import stopped: %1</source>
            <translation>L'importation s'est arrêtée : %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Undo this import?</source>
            <translation>Annuler cette importation ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The people this import created are removed, and the people it updated get their previous details back.</source>
            <translation>Les personnes créées par cette importation sont supprimées, et celles qu'elle a mises à jour retrouvent leurs informations précédentes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo import</source>
            <translation>Annuler l'importation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Undoing the import…</source>
            <translation>Annulation de l'importation…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Rejected rows saved as “%1”.</source>
            <translation>Lignes rejetées enregistrées sous « %1 ».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rejected rows were not saved</source>
            <translation>Les lignes rejetées n'ont pas été enregistrées</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Undoing the import</source>
            <translation>Annulation de l'importation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Please wait until the import has been undone.</source>
            <translation>Veuillez patienter jusqu'à ce que l'importation soit annulée.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel the import?</source>
            <translation>Interrompre l'importation ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The import is still running. If you cancel it, what it has imported so far is taken back and nothing is changed.</source>
            <translation>L'importation est toujours en cours. Si vous l'interrompez, ce qui a déjà été importé est retiré et rien n'est modifié.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel import</source>
            <translation>Interrompre l'importation</translation>
        </message>
    </context>
    <context>
        <name>InboxArea</name>
        <message>
            <location filename="../../ui/mail/inbox_area.py" line="+82" />
            <location line="+113" />
            <source>Inbox</source>
            <translation>Boîte de réception</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Messages waiting to be sent, and those that could not be sent</source>
            <translation>Messages en attente d'envoi, et ceux qui n'ont pas pu être envoyés</translation>
        </message>
        <message>
            <location line="+3" />
            <source>+ Compose</source>
            <translation>+ Nouveau message</translation>
        </message>
        <message>
            <location line="+12" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unlinked</source>
            <translation>Non liés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unread</source>
            <translation>Non lus</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show: %1</source>
            <translation>Afficher : %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Messages from addresses that are not a client's or a contact's</source>
            <translation>Messages d'adresses qui ne sont ni celles d'un client ni celles d'un contact</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search subject, addresses and text</source>
            <translation>Rechercher dans l'objet, les adresses et le texte</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Connect your email</source>
            <translation>Connectez votre courriel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set up your email account in Settings → Email. Consulta then brings in your messages in the background and files each one to the client or contact it is from or to; they stay readable with no network.</source>
            <translation>Configurez votre compte de courriel dans Paramètres → Courriel. Consulta récupère alors vos messages en arrière-plan et classe chacun dans le dossier du client ou du contact qui l'envoie ou le reçoit ; ils restent lisibles sans réseau.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open Settings</source>
            <translation>Ouvrir les Paramètres</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Inbox (%1)</source>
            <translation>Boîte de réception (%1)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No message matches.</source>
            <translation>Aucun message ne correspond.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No messages yet. They show here after the first sync; the status bar says how it is going.</source>
            <translation>Pas encore de messages. Ils s'affichent ici après la première synchronisation ; la barre d'état indique où elle en est.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Outbox (%1)</source>
            <translation>Boîte d'envoi (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outbox</source>
            <translation>Boîte d'envoi</translation>
        </message>
    </context>
    <context>
        <name>InboxTab</name>
        <message>
            <location filename="../../ui/clients/record/inbox_tab.py" line="+85" />
            <source>+ Compose</source>
            <translation>+ Nouveau message</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Send appointment reminders by email</source>
            <translation>Envoyer des rappels de rendez-vous par courriel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of the reminders</source>
            <translation>Langue des rappels</translation>
        </message>
        <message>
            <location line="+10" />
            <source>in</source>
            <translation>en</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add an email address in the Personal tab first.</source>
            <translation>Ajoutez d'abord une adresse électronique dans l'onglet Infos personnelles.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No email with this client yet. Messages to and from their addresses show here, older ones too.</source>
            <translation>Pas encore de courriels avec ce client. Les messages envoyés à ses adresses ou reçus de celles-ci s'affichent ici, même les plus anciens.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set up your email account in Settings → Email to see your messages with this client here.</source>
            <translation>Configurez votre compte de courriel dans Paramètres → Courriel pour voir ici vos messages avec ce client.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>(no subject)</source>
            <translation>(sans objet)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You</source>
            <translation>Moi</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Add an email address in the Personal tab to send reminders.</source>
            <translation>Ajoutez une adresse électronique dans l'onglet Infos personnelles pour envoyer des rappels.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>They start once your email account is set up.</source>
            <translation>Ils commenceront une fois votre compte de courriel configuré.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
    </context>
    <context>
        <name>InboxTabText</name>
        <message numerus="yes">
            <location line="-130" />
            <source>%n conversation(s)</source>
            <translation>
                <numerusform>%n conversation</numerusform>
                <numerusform>%n conversations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+117" />
            <source>Sent from your email account %n hour(s) before each appointment, with its date and time only: no health details.</source>
            <translation>
                <numerusform>Envoyés depuis votre compte de courriel %n heure avant chaque rendez-vous, avec seulement sa date et son heure : aucune information de santé.</numerusform>
                <numerusform>Envoyés depuis votre compte de courriel %n heures avant chaque rendez-vous, avec seulement sa date et son heure : aucune information de santé.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxText</name>
        <message numerus="yes">
            <location filename="../../ui/mail/inbox_area.py" line="-14" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n unread</source>
            <translation>
                <numerusform>%n non lu</numerusform>
                <numerusform>%n non lus</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvoiceActions</name>
        <message>
            <location filename="../../ui/billing/invoice_actions.py" line="+87" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+4" />
            <location line="+20" />
            <location line="+23" />
            <source>The PDF was not saved</source>
            <translation>Le PDF n'a pas été enregistré</translation>
        </message>
        <message>
            <location line="-42" />
            <source>%1 could not be written: %2</source>
            <translation>%1 n'a pas pu être écrit : %2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Save credit note PDF</source>
            <translation>Enregistrer le PDF de l'avoir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save invoice PDF</source>
            <translation>Enregistrer le PDF de la facture</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Save receipt PDF</source>
            <translation>Enregistrer le PDF du reçu</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Not duplicated</source>
            <translation>Non dupliquée</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Not deleted</source>
            <translation>Non supprimé</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Delete draft</source>
            <translation>Supprimer le brouillon</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Delete this draft invoice? It has no number yet, so no number is lost.</source>
            <translation>Supprimer ce brouillon de facture ? Il n'a pas encore de numéro, donc aucun numéro n'est perdu.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Email comes with the Inbox part of Consulta.</source>
            <translation>Le courriel arrive avec la partie Boîte de réception de Consulta.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issue the invoice before sending it.</source>
            <translation>Émettez la facture avant de l'envoyer.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+7" />
            <source>Not sent</source>
            <translation>Non envoyé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Credit note %1</source>
            <translation>Avoir %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hello %1,

Please find attached credit note %2, which cancels invoice %3.

Kind regards,
%4</source>
            <translation>Bonjour %1,

Veuillez trouver ci-joint l'avoir %2, qui annule la facture %3.

Bien cordialement,
%4</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Invoice %1</source>
            <translation>Facture %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hello %1,

Please find attached invoice %2 for %3.

Kind regards,
%4</source>
            <translation>Bonjour %1,

Veuillez trouver ci-joint la facture %2 d'un montant de %3.

Bien cordialement,
%4</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A credit note is not paid: it cancels an invoice.</source>
            <translation>Un avoir ne se paie pas : il annule une facture.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Issue the invoice before recording a payment.</source>
            <translation>Émettez la facture avant d'enregistrer un paiement.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This invoice is paid.</source>
            <translation>Cette facture est payée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This invoice is cancelled.</source>
            <translation>Cette facture est annulée.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A credit note cannot be cancelled.</source>
            <translation>Un avoir ne peut pas être annulé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A draft has no number yet: delete it instead.</source>
            <translation>Un brouillon n'a pas encore de numéro : supprimez-le plutôt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This invoice is already cancelled.</source>
            <translation>Cette facture est déjà annulée.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Duplicate the invoice instead of its credit note.</source>
            <translation>Dupliquez la facture plutôt que son avoir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The client was erased; this invoice is kept as issued.</source>
            <translation>Le client a été effacé ; cette facture est conservée telle qu'elle a été émise.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit draft…</source>
            <translation>Modifier le brouillon…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>View credit note</source>
            <translation>Voir l'avoir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>View invoice</source>
            <translation>Voir la facture</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Download PDF…</source>
            <translation>Télécharger le PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email…</source>
            <translation>Envoyer par courriel…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record payment…</source>
            <translation>Enregistrer un paiement…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel with credit note…</source>
            <translation>Annuler par un avoir…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete draft…</source>
            <translation>Supprimer le brouillon…</translation>
        </message>
    </context>
    <context>
        <name>InvoiceAppointmentsDialog</name>
        <message>
            <location filename="../../ui/billing/create_from_appointments.py" line="+24" />
            <source>Invoice completed appointments</source>
            <translation>Facturer les rendez-vous terminés</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Appointments of %1 that are not on an invoice yet. The ticked ones become the lines of one draft invoice, which you can still change before issuing it.</source>
            <translation>Rendez-vous de %1 qui ne figurent encore sur aucune facture. Ceux qui sont cochés deviennent les lignes d'un brouillon de facture, que vous pouvez encore modifier avant de l'émettre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Also list no-shows (to charge a missed session)</source>
            <translation>Afficher aussi les rendez-vous non honorés (pour facturer une séance manquée)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Create draft invoice</source>
            <translation>Créer un brouillon de facture</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No service</source>
            <translation>Aucun service</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (no-show)</source>
            <translation>%1 (non honoré)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No completed appointment is waiting to be invoiced: each one is on an invoice or a draft already.</source>
            <translation>Aucun rendez-vous terminé n'attend d'être facturé : chacun figure déjà sur une facture ou un brouillon.</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>%n appointment(s) ticked, %1 before tax.</source>
            <translation>
                <numerusform>%n rendez-vous coché, %1 HT.</numerusform>
                <numerusform>%n rendez-vous cochés, %1 HT.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvoiceEditor</name>
        <message>
            <location filename="../../ui/billing/invoice_editor.py" line="+100" />
            <source>+ Add line</source>
            <translation>+ Ajouter une ligne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove line</source>
            <translation>Retirer la ligne</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Delete draft…</source>
            <translation>Supprimer le brouillon…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save draft</source>
            <translation>&amp;Enregistrer le brouillon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Issue…</source>
            <translation>É&amp;mettre…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the invoice its number and freeze it</source>
            <translation>Attribue son numéro à la facture et la fige</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+136" />
            <source>Invoice discount: %1</source>
            <translation>Remise sur la facture : %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Line %1, %2: %3</source>
            <translation>Ligne %1, %2 : %3</translation>
        </message>
        <message>
            <location line="+85" />
            <location line="+7" />
            <source>Issue invoice</source>
            <translation>Émettre la facture</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Issue this invoice to %1 for %2?

It gets the number %3 and today's date. An issued invoice can no longer be changed or deleted: to correct it, you cancel it with a credit note and issue a new one.</source>
            <translation>Émettre cette facture au nom de %1 pour %2 ?

Elle reçoit le numéro %3 et la date du jour. Une facture émise ne peut plus être modifiée ni supprimée : pour la corriger, on l'annule par un avoir et on en émet une nouvelle.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add at least one line before issuing the invoice.</source>
            <translation>Ajoutez au moins une ligne avant d'émettre la facture.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every line needs a description: it is printed on the invoice.</source>
            <translation>Chaque ligne a besoin d'une désignation : elle est imprimée sur la facture.</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+4" />
            <source>Delete draft</source>
            <translation>Supprimer le brouillon</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Delete this draft invoice for %1? It has no number yet, so no number is lost; its appointments can be invoiced again.</source>
            <translation>Supprimer ce brouillon de facture de %1 ? Il n'a pas encore de numéro, donc aucun numéro n'est perdu ; ses rendez-vous pourront être facturés à nouveau.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>An invoice for %1 that is not saved</source>
            <translation>Une facture pour %1 non enregistrée</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This invoice has changes that are not saved. Close it and lose them?</source>
            <translation>Cette facture a des modifications non enregistrées. La fermer et les perdre ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <location filename="../../ui/billing/invoice_heading.py" line="+41" />
            <source>Cancels invoice %1.</source>
            <translation>Annule la facture %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancelled by credit note %1.</source>
            <translation>Annulée par l'avoir %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reason: %1</source>
            <translation>Motif : %1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>New invoice</source>
            <translation>Nouvelle facture</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draft invoice</source>
            <translation>Brouillon de facture</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit note %1</source>
            <translation>Avoir %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invoice %1</source>
            <translation>Facture %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not issued yet: no number, and it can still be changed.</source>
            <translation>Pas encore émise : sans numéro, elle peut encore être modifiée.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issued %1</source>
            <translation>Émis le %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Issued %1 · Due %2</source>
            <translation>Émise le %1 · Échéance le %2</translation>
        </message>
    </context>
    <context>
        <name>InvoiceLinesTable</name>
        <message>
            <location filename="../../ui/billing/invoice_lines_table.py" line="-243" />
            <source>No service</source>
            <translation>Aucun service</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Description</source>
            <translation>Désignation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit price</source>
            <translation>Prix unitaire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tax %</source>
            <translation>TVA %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Disc. %</source>
            <translation>Remise %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount on this line, in percent</source>
            <translation>Remise sur cette ligne, en pourcentage</translation>
        </message>
    </context>
    <context>
        <name>InvoiceOptions</name>
        <message>
            <location filename="../../ui/billing/invoice_options.py" line="+42" />
            <source>The language of the PDF: its words, dates and amounts</source>
            <translation>La langue du PDF : ses mots, ses dates et ses montants</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice &amp;discount</source>
            <translation>&amp;Remise sur la facture</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location line="+16" />
            <source>e.g. Thank you for your trust.</source>
            <translation>p. ex. Merci de votre confiance.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>&amp;Notes (printed on the invoice)</source>
            <translation>&amp;Notes (imprimées sur la facture)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>InvoicePayments</name>
        <message>
            <location filename="../../ui/billing/invoice_payments.py" line="+30" />
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No payment recorded yet.</source>
            <translation>Aucun paiement enregistré pour l'instant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Method</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
    </context>
    <context>
        <name>InvoiceStatus</name>
        <message>
            <location filename="../../ui/billing/status_text.py" line="+39" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpaid</source>
            <translation>Non payée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partly paid</source>
            <translation>Payée en partie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Payée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit note</source>
            <translation>Avoir</translation>
        </message>
    </context>
    <context>
        <name>InvoiceTableModel</name>
        <message>
            <location filename="../../ui/clients/record/client_invoices_table.py" line="-187" />
            <location filename="../../ui/models/invoice_table_model.py" line="+38" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/models/invoice_table_model.py" line="+0" />
            <source>Issued</source>
            <translation>Émission</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/models/invoice_table_model.py" line="+0" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/models/invoice_table_model.py" line="+1" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ui/models/invoice_table_model.py" line="+0" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/models/invoice_table_model.py" line="+0" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+17" />
            <source>for %1</source>
            <translation>sur %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancels invoice %1</source>
            <translation>Annule la facture %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>by %1</source>
            <translation>par %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled by credit note %1</source>
            <translation>Annulée par l'avoir %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 paid</source>
            <translation>%1 payé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not issued yet: it has no number and can still be changed.</source>
            <translation>Pas encore émise : elle n'a pas de numéro et peut encore être modifiée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 credit</source>
            <translation>%1 de crédit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 paid beyond the total is kept as the client's credit.</source>
            <translation>%1 payé au-delà du total est conservé comme crédit du client.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../ui/models/invoice_table_model.py" line="-1" />
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A draft gets its number when it is issued.</source>
            <translation>Un brouillon reçoit son numéro lorsqu'il est émis.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit note for invoice %1</source>
            <translation>Avoir sur la facture %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open %1’s record</source>
            <translation>Ouvrir le dossier de %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>En retard de %n jour</numerusform>
                <numerusform>En retard de %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 paid beyond the total is kept as the client’s credit.</source>
            <translation>%1 payé au-delà du total est conservé comme crédit du client.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paid so far: %1</source>
            <translation>Déjà payé : %1</translation>
        </message>
    </context>
    <context>
        <name>InvoiceTotalsBox</name>
        <message>
            <location filename="../../ui/billing/invoice_totals_box.py" line="+74" />
            <source>Subtotal</source>
            <translation>Sous-total</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Discount (%1)</source>
            <translation>Remise (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tax %1</source>
            <translation>TVA %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tax</source>
            <translation>TVA</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total credited</source>
            <translation>Total de l'avoir</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Balance due</source>
            <translation>Reste à payer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Client credit</source>
            <translation>Crédit du client</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <location filename="../../ui/documentation/rich_text_dialogs.py" line="+52" />
            <location line="+15" />
            <source>Insert link</source>
            <translation>Insérer un lien</translation>
        </message>
        <message>
            <location line="-11" />
            <source>https://… or name@example.com</source>
            <translation>https://… ou nom@exemple.fr</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Text</source>
            <translation>&amp;Texte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Web (http, https) and email addresses only.</source>
            <translation>Adresses web (http, https) et électroniques uniquement.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Enter a web address (https://…) or an email address. Other kinds of links are not allowed in notes.</source>
            <translation>Saisissez une adresse web (https://…) ou une adresse électronique. Les autres types de liens ne sont pas autorisés dans les notes.</translation>
        </message>
    </context>
    <context>
        <name>LinkToClientDialog</name>
        <message>
            <location filename="../../ui/mail/link_dialog.py" line="+36" />
            <location line="+5" />
            <source>Link to client</source>
            <translation>Lier à un client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The message will show in the client's Inbox tab.</source>
            <translation>Le message s'affichera dans l'onglet Boîte de réception du client.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Also add %1 to the client's email addresses</source>
            <translation>Ajouter aussi %1 aux adresses électroniques du client</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Their other messages are then filed to the record too, including older ones still on the server.</source>
            <translation>Ses autres messages sont alors classés dans le dossier eux aussi, y compris les plus anciens encore sur le serveur.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Link</source>
            <translation>Lier</translation>
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
        <name>LogoPicker</name>
        <message>
            <location filename="../../ui/settings/billing_fields.py" line="+91" />
            <source>&amp;Choose PNG…</source>
            <translation>Choisir un &amp;PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move</source>
            <translation>S&amp;upprimer</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 pixels</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No logo</source>
            <translation>Aucun logo</translation>
        </message>
    </context>
    <context>
        <name>MailBrowser</name>
        <message>
            <location filename="../../ui/mail/mail_browser.py" line="+126" />
            <source>Open link</source>
            <translation>Ouvrir le lien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This link goes to:</source>
            <translation>Ce lien mène à :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open in browser</source>
            <translation>Ouvrir dans le navigateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open in mail program</source>
            <translation>Ouvrir dans le logiciel de messagerie</translation>
        </message>
    </context>
    <context>
        <name>MailStatusWidget</name>
        <message>
            <location filename="../../ui/mail/status_widget.py" line="+67" />
            <source>Email sync: click for details</source>
            <translation>Synchronisation du courriel : cliquez pour les détails</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check for new email and send the Outbox now (F5)</source>
            <translation>Relever les nouveaux courriels et envoyer la boîte d'envoi maintenant (F5)</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Checking for new email…</source>
            <translation>Relève des nouveaux courriels…</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Preparing %Ln new message(s)…</source>
            <translation>
                <numerusform>Préparation de %Ln nouveau message…</numerusform>
                <numerusform>Préparation de %Ln nouveaux messages…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Syncing %1 of %2</source>
            <translation>Synchronisation : %1 sur %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Login failed — click for details</source>
            <translation>Échec de l'identification — cliquez pour les détails</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 — retrying in %2</source>
            <translation>%1 — nouvel essai dans %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 — click for details</source>
            <translation>%1 — cliquez pour les détails</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n message(s) waiting to be sent</source>
            <translation>
                <numerusform>%n message en attente d'envoi</numerusform>
                <numerusform>%n messages en attente d'envoi</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Login failed</source>
            <translation>Échec de l'identification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Certificate problem</source>
            <translation>Problème de certificat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server error</source>
            <translation>Erreur du serveur de courriel</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Synced at %1</source>
            <translation>Synchronisé à %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Synced on %1 at %2</source>
            <translation>Synchronisé le %1 à %2</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Email sync</source>
            <translation>Synchronisation du courriel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email &amp;settings…</source>
            <translation>&amp;Paramètres du courriel…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync &amp;now</source>
            <translation>Synchroniser &amp;maintenant</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Consulta does not try again by itself, so that your provider does not lock the account. Check the password in Settings → Email, or choose Sync now.</source>
            <translation>Consulta ne réessaie pas de lui-même, pour que votre fournisseur ne bloque pas le compte. Vérifiez le mot de passe dans Paramètres → Courriel, ou choisissez Synchroniser maintenant.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consulta tries again in %1.</source>
            <translation>Consulta réessaiera dans %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sending: %1</source>
            <translation>Envoi : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consulta checks for new email every few minutes, and at once when your server announces new mail.</source>
            <translation>Consulta relève les nouveaux courriels toutes les quelques minutes, et aussitôt que votre serveur annonce du courrier.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="+86" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Workspace unlocked</source>
            <translation>Espace de travail déverrouillé</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Calendar</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Billing</source>
            <translation>Facturation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <location line="+66" />
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
            <source>&amp;Export practice…</source>
            <translation>&amp;Exporter le cabinet…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clients from a CSV file…</source>
            <translation>Clients depuis un fichier CSV…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Contacts from a CSV file…</source>
            <translation>Contacts depuis un fichier CSV…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Past imports…</source>
            <translation>Importations précédentes…</translation>
        </message>
        <message>
            <location line="+3" />
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
            <source>Search clients, contacts, notes and forms</source>
            <translation>Rechercher des clients, des contacts, des notes et des formulaires</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search clients, contacts, notes and forms (Ctrl+K)</source>
            <translation>Rechercher des clients, des contacts, des notes et des formulaires (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Passphrase changed</source>
            <translation>Phrase secrète modifiée</translation>
        </message>
        <message>
            <location line="+27" />
            <source>About Consulta</source>
            <translation>À propos de Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;Your practice in one encrypted file on this computer.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
            <translation>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;Votre cabinet dans un seul fichier chiffré sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Espace de travail : %2&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Go</source>
            <translation>A&amp;ller à</translation>
        </message>
        <message>
            <location line="+24" />
            <source>S&amp;ync email now</source>
            <translation>S&amp;ynchroniser le courriel maintenant</translation>
        </message>
        <message>
            <location line="+62" />
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
        <name>MessageTableModel</name>
        <message>
            <location filename="../../ui/mail/message_table.py" line="+125" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Filed to</source>
            <translation>Classé dans</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+45" />
            <source>To: %1</source>
            <translation>À : %1</translation>
        </message>
        <message>
            <location line="+31" />
            <source>(no subject)</source>
            <translation>(sans objet)</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+4" />
            <source>Unread</source>
            <translation>Non lu</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Could not be displayed fully</source>
            <translation>N'a pas pu être affiché entièrement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read</source>
            <translation>Lu</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <location filename="../../ui/mail/message_view.py" line="+130" />
            <source>Select a message to read it.</source>
            <translation>Sélectionnez un message pour le lire.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reply</source>
            <translation>Répondre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply all</source>
            <translation>Répondre à tous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forward</source>
            <translation>Transférer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Link to client…</source>
            <translation>Lier à un client…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File this message to a client's record</source>
            <translation>Classer ce message dans le dossier d'un client</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Plus d'actions</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+143" />
            <source>Mark as unread</source>
            <translation>Marquer comme non lu</translation>
        </message>
        <message>
            <location line="-140" />
            <location line="+52" />
            <source>Show raw source</source>
            <translation>Afficher la source brute</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Delete from Consulta…</source>
            <translation>Supprimer de Consulta…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cc</source>
            <translation>Cc</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filed to</source>
            <translation>Classé dans</translation>
        </message>
        <message>
            <location line="+84" />
            <source>(no subject)</source>
            <translation>(sans objet)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Deleted on the mail server; kept here because it is filed to a record.</source>
            <translation>Supprimé du serveur de courriel ; conservé ici car il est classé dans un dossier.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Not filed to a client yet.</source>
            <translation>Pas encore classé dans le dossier d'un client.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not the address of any client or contact yet.</source>
            <translation>%1 n'est encore l'adresse d'aucun client ni contact.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sender</source>
            <translation>L'expéditeur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mark as read</source>
            <translation>Marquer comme lu</translation>
        </message>
        <message>
            <location line="+10" />
            <source>client</source>
            <translation>client</translation>
        </message>
        <message>
            <location line="+0" />
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Some characters could not be read</source>
            <translation>Certains caractères n'ont pas pu être lus</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This message could not be displayed fully.</source>
            <translation>Ce message n'a pas pu être affiché entièrement.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Raw source</source>
            <translation>Source brute</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot write the message</source>
            <translation>Impossible de rédiger le message</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Delete this message from Consulta? The copy on the mail server is not touched, and it is not downloaded again.</source>
            <translation>Supprimer ce message de Consulta ? La copie sur le serveur de courriel n'est pas touchée, et il n'est pas téléchargé à nouveau.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete this message from Consulta? It is no longer on the mail server, so it will be gone for good.</source>
            <translation>Supprimer ce message de Consulta ? Il n'est plus sur le serveur de courriel : il disparaîtra définitivement.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not deleted</source>
            <translation>Non supprimé</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete message</source>
            <translation>Supprimer le message</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>MethodRow</name>
        <message>
            <location filename="../../ui/clients/record/payment_lists.py" line="+210" />
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bank account</source>
            <translation>Compte bancaire</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Default</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expired</source>
            <translation>Expirée</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Actions for %1</source>
            <translation>Actions pour %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make default</source>
            <translation>Définir par défaut</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove…</source>
            <translation>Retirer…</translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message numerus="yes">
            <location filename="../../ui/calendar/month_view.py" line="+211" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n autre</numerusform>
                <numerusform>+%n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_field_dialog.py" line="+82" />
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
        <name>NewColumnFieldDialog</name>
        <message>
            <location filename="../../ui/transfer/import_new_field_dialog.py" line="+37" />
            <source>New custom field</source>
            <translation>Nouveau champ personnalisé</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For the column “%1”. The field is created when the import runs, and removed again if you undo the import.</source>
            <translation>Pour la colonne « %1 ». Le champ est créé lors de l'importation, et retiré si vous annulez l'importation.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>One option per line</source>
            <translation>Une option par ligne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values in the column that are not listed here are added as options.</source>
            <translation>Les valeurs de la colonne qui ne figurent pas ici sont ajoutées comme options.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use this field</source>
            <translation>Utiliser ce champ</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The field needs a label.</source>
            <translation>Le champ doit avoir un libellé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a section for the field, or type a new one.</source>
            <translation>Choisissez une section pour le champ, ou saisissez-en une nouvelle.</translation>
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
        <name>NoteActions</name>
        <message>
            <location filename="../../ui/documentation/note_actions.py" line="+112" />
            <source>Not shared</source>
            <translation>Non partagée</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The PDF was not saved</source>
            <translation>Le PDF n'a pas été enregistré</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save note PDF</source>
            <translation>Enregistrer le PDF de la note</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Email comes with the Inbox part of Consulta.</source>
            <translation>Le courriel arrive avec la partie Boîte de réception de Consulta.</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+9" />
            <source>Not sent</source>
            <translation>Non envoyé</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note: %1</source>
            <translation>Note : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hello %1,

Please find attached the note “%2” of %3.

Kind regards,
%4</source>
            <translation>Bonjour %1,

Veuillez trouver ci-joint la note « %2 » du %3.

Bien cordialement,
%4</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Not duplicated</source>
            <translation>Non dupliquée</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Not deleted</source>
            <translation>Non supprimée</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+4" />
            <source>Delete draft</source>
            <translation>Supprimer le brouillon</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Delete this draft note for good? It was never completed, so no record is lost.</source>
            <translation>Supprimer définitivement ce brouillon ? Il n'a jamais été terminé, aucun écrit officiel n'est donc perdu.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Not restored</source>
            <translation>Non restauré</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share…</source>
            <translation>Partager…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complete the note before sharing it.</source>
            <translation>Terminez la note avant de la partager.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make private</source>
            <translation>Rendre privée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete draft…</source>
            <translation>Supprimer le brouillon…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move to trash…</source>
            <translation>Mettre à la corbeille…</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../ui/documentation/addenda_view.py" line="-108" />
            <source>%1 at %2</source>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Addendum of %1 by %2</source>
            <translation>Addendum du %1 par %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Addendum of %1</source>
            <translation>Addendum du %1</translation>
        </message>
        <message>
            <location filename="../../ui/documentation/note_editor.py" line="+115" />
            <source>Changes are saved as you type.</source>
            <translation>Les modifications sont enregistrées au fil de la saisie.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Title of the note</source>
            <translation>Titre de la note</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ppointment</source>
            <translation>&amp;Rendez-vous</translation>
        </message>
        <message>
            <location line="+30" />
            <source>More actions</source>
            <translation>Plus d'actions</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete draft…</source>
            <translation>Supprimer le brouillon…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add addendum…</source>
            <translation>Ajouter un addendum…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Share…</source>
            <translation>Partager…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the note as shared with the client and give it to them as a PDF</source>
            <translation>Marquer la note comme partagée avec le client et la lui remettre en PDF</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the note out of the trash</source>
            <translation>Sortir la note de la corbeille</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complete…</source>
            <translation>Terminer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finish the note: its text can no longer be changed afterwards</source>
            <translation>Terminer la note : son texte ne pourra plus être modifié ensuite</translation>
        </message>
        <message>
            <location line="+38" />
            <source>No appointment</source>
            <translation>Aucun rendez-vous</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location line="+56" />
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Untitled note</source>
            <translation>Note sans titre</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The note “%1” could not be saved.</source>
            <translation>La note « %1 » n'a pas pu être enregistrée.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved %1</source>
            <translation>Enregistré à %1</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Note not saved</source>
            <translation>Note non enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close anyway? The changes since the last save are lost.</source>
            <translation>Fermer quand même ? Les modifications depuis le dernier enregistrement seront perdues.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close without saving</source>
            <translation>Fermer sans enregistrer</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Give the note a title before completing it.</source>
            <translation>Donnez un titre à la note avant de la terminer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The note is empty. Write something before completing it.</source>
            <translation>La note est vide. Écrivez quelque chose avant de la terminer.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+4" />
            <source>Complete note</source>
            <translation>Terminer la note</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Complete “%1”?

The text can no longer be changed afterwards. Later corrections are added as dated addenda under it.</source>
            <translation>Terminer « %1 » ?

Le texte ne pourra plus être modifié ensuite. Les corrections ultérieures s'ajoutent en dessous sous forme d'addenda datés.</translation>
        </message>
    </context>
    <context>
        <name>NoteHeading</name>
        <message>
            <location filename="../../ui/documentation/note_heading.py" line="+63" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shared</source>
            <translation>Partagé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In the trash</source>
            <translation>Dans la corbeille</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Shared with the client on %1.</source>
            <translation>Partagée avec le client le %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Private: only you can see this note.</source>
            <translation>Privée : elle n'est visible que par vous.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In the trash since %1. Reason: %2</source>
            <translation>Dans la corbeille depuis le %1. Raison : %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Completed on %1 by %2</source>
            <translation>Terminée le %1 par %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completed on %1</source>
            <translation>Terminée le %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Date: %1</source>
            <translation>Date : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Appointment: %1</source>
            <translation>Rendez-vous : %1</translation>
        </message>
    </context>
    <context>
        <name>NoteReadingView</name>
        <message>
            <location filename="../../ui/documentation/addenda_view.py" line="+71" />
            <source>Addenda</source>
            <translation>Addenda</translation>
        </message>
    </context>
    <context>
        <name>NoteTemplateEditor</name>
        <message>
            <location filename="../../ui/templates/note_template_editor.py" line="+41" />
            <source>New note template</source>
            <translation>Nouveau modèle de note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit note template</source>
            <translation>Modifier le modèle de note</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The text a new note starts with: headings for each part and short prompts under them. Notes already written from this template keep their own text.</source>
            <translation>Le texte par lequel commence une nouvelle note : des titres pour chaque partie et de courtes indications en dessous. Les notes déjà rédigées avec ce modèle gardent leur propre texte.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Couples session note</source>
            <translation>p. ex. Note de séance de couple</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Note template “%1”</source>
            <translation>Modèle de note « %1 »</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Discard the changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The changes to this template have not been saved.</source>
            <translation>Les modifications de ce modèle n'ont pas été enregistrées.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
    </context>
    <context>
        <name>NoteTemplatePicker</name>
        <message>
            <location filename="../../ui/documentation/template_picker.py" line="+57" />
            <source>New note from a template</source>
            <translation>Nouvelle note à partir d'un modèle</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a template</source>
            <translation>Choisissez un modèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The note starts with the template’s text; change anything before you complete it. Templates are made and changed in the Templates area.</source>
            <translation>La note commence avec le texte du modèle ; modifiez ce que vous voulez avant de la terminer. Les modèles se créent et se modifient dans l'espace Modèles.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Filter templates</source>
            <translation>Filtrer les modèles</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There are no note templates yet. Create one in the Templates area.</source>
            <translation>Pas encore de modèles de notes. Créez-en un dans l'espace Modèles.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Use template</source>
            <translation>&amp;Utiliser le modèle</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <location filename="../../ui/mail/outbox_view.py" line="+67" />
            <source>Not sent</source>
            <translation>Non envoyé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Copy to the Sent folder pending</source>
            <translation>Copie dans le dossier Envoyés en attente</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+8" />
            <source>Outbox</source>
            <translation>Boîte d'envoi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The Outbox is empty</source>
            <translation>La boîte d'envoi est vide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Messages wait here while there is no connection to your email server, and go out as soon as there is.</source>
            <translation>Les messages attendent ici tant qu'il n'y a pas de connexion à votre serveur de courriel, et partent dès qu'elle revient.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try to send the selected message now</source>
            <translation>Essayer d'envoyer maintenant le message sélectionné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard…</source>
            <translation>Abandonner…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <location line="+54" />
            <source>%n message(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n message en attente d'envoi.</numerusform>
                <numerusform>%n messages en attente d'envoi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n message(s) refused by the server.</source>
            <translation>
                <numerusform>%n message refusé par le serveur.</numerusform>
                <numerusform>%n messages refusés par le serveur.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing waits to be sent. Messages sent in the last %1 days are listed here too.</source>
            <translation>Rien n'attend d'être envoyé. Les messages envoyés ces %1 derniers jours sont aussi listés ici.</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+66" />
            <source>(no subject)</source>
            <translation>(sans objet)</translation>
        </message>
        <message>
            <location line="-45" />
            <source>The server refused this message.
%1
If an address was mistyped, discard this message and write it again; otherwise try again with Retry.</source>
            <translation>Le serveur a refusé ce message.
%1
Si une adresse était mal saisie, abandonnez ce message et rédigez-le à nouveau ; sinon, réessayez avec Réessayer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not sent yet: %1
It is sent as soon as the connection is back.</source>
            <translation>Pas encore envoyé : %1
Il partira dès le retour de la connexion.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for its turn to be sent.</source>
            <translation>En attente de son tour d'envoi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sent to %2.</source>
            <translation>Envoyé à %2.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>It goes out as soon as Consulta is connected to your email server.</source>
            <translation>Il part dès que Consulta est connecté à votre serveur de courriel.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Discard message</source>
            <translation>Abandonner le message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard “%1”? It has not been sent and will not be.</source>
            <translation>Abandonner « %1 » ? Il n'a pas été envoyé et ne le sera pas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
    </context>
    <context>
        <name>OverviewSummary</name>
        <message>
            <location filename="../../ui/clients/record/overview_summary.py" line="+29" />
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semaine</numerusform>
                <numerusform>%n semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mois</numerusform>
                <numerusform>%n mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n an</numerusform>
                <numerusform>%n ans</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>in %1</source>
            <translation>dans %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 ago</source>
            <translation>il y a %1</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../ui/clients/record/overview_tab.py" line="+70" />
            <source>Book appointment</source>
            <translation>Planifier un rendez-vous</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Mark all completed</source>
            <translation>Tout marquer comme terminé</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No upcoming appointments.</source>
            <translation>Aucun rendez-vous à venir.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Book one…</source>
            <translation>En planifier un…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No past appointments yet.</source>
            <translation>Pas encore de rendez-vous passés.</translation>
        </message>
        <message numerus="yes">
            <location line="+44" />
            <source>%n past appointment(s) are still marked scheduled. Were they held?</source>
            <translation>
                <numerusform>%n rendez-vous passé est encore marqué prévu. A-t-il eu lieu ?</numerusform>
                <numerusform>%n rendez-vous passés sont encore marqués prévus. Ont-ils eu lieu ?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Upcoming (%1)</source>
            <translation>À venir (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Past (%1)</source>
            <translation>Passés (%1)</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../ui/billing/payment_dialog.py" line="+63" />
            <location line="+80" />
            <source>Record payment</source>
            <translation>Enregistrer un paiement</translation>
        </message>
        <message>
            <location line="-57" />
            <source>%1 · %2 to pay</source>
            <translation>%1 · %2 à payer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No invoice: keep as the client's credit</source>
            <translation>Sans facture : garder comme crédit du client</translation>
        </message>
        <message>
            <location line="+18" />
            <source>e.g. transfer reference, cheque number</source>
            <translation>p. ex. réf. du virement, n° de chèque</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Invoice</source>
            <translation>&amp;Facture</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date received</source>
            <translation>&amp;Date d'encaissement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount</source>
            <translation>&amp;Montant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Method</source>
            <translation>Mode de &amp;paiement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reference</source>
            <translation>&amp;Référence</translation>
        </message>
        <message>
            <location line="+69" />
            <source>The whole amount is kept as the client's credit.</source>
            <translation>Tout le montant est conservé comme crédit du client.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is still to pay on %2.</source>
            <translation>Il reste %1 à payer sur %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 will be paid in full.</source>
            <translation>%1 sera entièrement payée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A part payment: %1 will remain to pay.</source>
            <translation>Un paiement partiel : il restera %1 à payer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 more than is owed: kept as the client's credit.</source>
            <translation>%1 de plus que le dû : conservé comme crédit du client.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Payment recorded</source>
            <translation>Paiement enregistré</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save receipt PDF…</source>
            <translation>Enregistrer le PDF du reçu…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 received on %2, kept as the client's credit.</source>
            <translation>%1 reçus le %2, conservés comme crédit du client.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 received on %2 for %3, which is now paid.</source>
            <translation>%1 reçus le %2 pour la %3, désormais payée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 received on %2 for %3; %4 remains to pay.</source>
            <translation>%1 reçus le %2 pour la %3 ; il reste %4 à payer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Receipt number: %1</source>
            <translation>Numéro de reçu : %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved as %1</source>
            <translation>Enregistré sous %1</translation>
        </message>
    </context>
    <context>
        <name>PaymentList</name>
        <message>
            <location filename="../../ui/clients/record/payment_lists.py" line="-52" />
            <source>Save receipt PDF…</source>
            <translation>Enregistrer le PDF du reçu…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete payment…</source>
            <translation>Supprimer le paiement…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not deleted</source>
            <translation>Non supprimé</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete the payment of %1 received on %2? Do this only for a payment recorded by mistake: its receipt number %3 is not reused, and the log keeps that it was deleted.</source>
            <translation>Supprimer le paiement de %1 reçu le %2 ? À réserver à un paiement enregistré par erreur : son numéro de reçu %3 n'est pas réutilisé, et le journal garde la trace de sa suppression.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+3" />
            <source>Delete payment</source>
            <translation>Supprimer le paiement</translation>
        </message>
    </context>
    <context>
        <name>PaymentMethodDialog</name>
        <message>
            <location filename="../../ui/billing/payment_method_dialog.py" line="+64" />
            <source>New payment method</source>
            <translation>Nouveau moyen de paiement</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consulta does no card processing: it works offline and never charges a card. It keeps only what helps you recognise one — the brand, the last 4 digits and the expiry date — never the full card number or the security code.</source>
            <translation>Consulta ne traite aucun paiement par carte : il fonctionne hors ligne et ne débite jamais de carte. Il ne garde que ce qui vous aide à la reconnaître — la marque, les 4 derniers chiffres et la date d'expiration —, jamais le numéro complet ni le code de sécurité.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Card</source>
            <translation>&amp;Carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Bank account</source>
            <translation>Compte &amp;bancaire</translation>
        </message>
        <message>
            <location line="+15" />
            <source>e.g. Visa</source>
            <translation>p. ex. Visa</translation>
        </message>
        <message>
            <location line="+7" />
            <source>MM/YY</source>
            <translation>MM/AA</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Joint account, Caixa</source>
            <translation>p. ex. Compte joint, Crédit Agricole</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use as this client's default</source>
            <translation>Utiliser par défaut pour ce client</translation>
        </message>
        <message>
            <location line="+8" />
            <source>B&amp;rand</source>
            <translation>&amp;Marque</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Last 4 digits</source>
            <translation>4 &amp;derniers chiffres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Expiry</source>
            <translation>&amp;Expiration</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Holder name</source>
            <translation>&amp;Titulaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account &amp;label</source>
            <translation>&amp;Libellé du compte</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>PaymentMethodsPanel</name>
        <message>
            <location filename="../../ui/clients/record/payment_lists.py" line="+58" />
            <source>Payment methods</source>
            <translation>Moyens de paiement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ New payment method</source>
            <translation>+ Nouveau moyen de paiement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None kept for this client.</source>
            <translation>Aucun enregistré pour ce client.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta does no card processing: it only keeps a note of how the client pays (never a full card number or security code).</source>
            <translation>Consulta ne traite aucun paiement par carte : il note seulement comment le client paie (jamais un numéro de carte complet ni un code de sécurité).</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Remove payment method</source>
            <translation>Retirer le moyen de paiement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove %1 from this client's payment methods?</source>
            <translation>Retirer %1 des moyens de paiement de ce client ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not changed</source>
            <translation>Non modifié</translation>
        </message>
    </context>
    <context>
        <name>PaymentTableModel</name>
        <message>
            <location line="-246" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Invoice</source>
            <translation>Facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Credit</source>
            <translation>Crédit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of it is kept as the client's credit.</source>
            <translation>%1 en est conservé comme crédit du client.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Receipt PDF, delete</source>
            <translation>PDF du reçu, supprimer</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../ui/person_form.py" line="+63" />
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
        <name>ProgressPanel</name>
        <message>
            <location filename="../../ui/transfer/progress_panel.py" line="+47" />
            <location line="+19" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelling: undoing what was done…</source>
            <translation>Annulation : retour en arrière…</translation>
        </message>
    </context>
    <context>
        <name>QuestionWidget</name>
        <message>
            <location filename="../../ui/documentation/form_questions.py" line="+89" />
            <source>Write the date like %1, or pick it.</source>
            <translation>Écrivez la date comme %1, ou choisissez-la.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>An answer is required</source>
            <translation>Une réponse est obligatoire</translation>
        </message>
        <message>
            <location line="+307" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 out of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Signed by %1 on %2</source>
            <translation>Signé par %1 le %2</translation>
        </message>
    </context>
    <context>
        <name>RawSourceDialog</name>
        <message>
            <location filename="../../ui/mail/message_view.py" line="-329" />
            <source>Raw source</source>
            <translation>Source brute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no subject)</source>
            <translation>(sans objet)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Only the beginning is shown: the message is very large.</source>
            <translation>Seul le début est affiché : le message est très volumineux.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Fermer</translation>
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
            <location line="+7" />
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
        <name>RichTextToolbar</name>
        <message>
            <location filename="../../ui/documentation/rich_text_toolbar.py" line="+102" />
            <source>Paragraph or heading</source>
            <translation>Paragraphe ou titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paragraph</source>
            <translation>Paragraphe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Heading 1</source>
            <translation>Titre 1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heading 2</source>
            <translation>Titre 2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Heading 3</source>
            <translation>Titre 3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>B</source>
            <translation>G</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bold</source>
            <translation>Gras</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Italic</source>
            <translation>Italique</translation>
        </message>
        <message>
            <location line="+3" />
            <source>U</source>
            <translation>S</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Underline</source>
            <translation>Souligné</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <source>Bulleted list</source>
            <translation>Liste à puces</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Numbered list</source>
            <translation>Liste numérotée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Insert table…</source>
            <translation>Insérer un tableau…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert link…</source>
            <translation>Insérer un lien…</translation>
        </message>
    </context>
    <context>
        <name>ScaleQuestion</name>
        <message>
            <location filename="../../ui/documentation/form_questions.py" line="-155" />
            <source>%1 out of %2</source>
            <translation>%1 sur %2</translation>
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
        <name>ServerFields</name>
        <message>
            <location filename="../../ui/settings/email_fields.py" line="-153" />
            <source>TLS (encrypted from the start)</source>
            <translation>TLS (chiffré dès le début)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>STARTTLS (encrypted after connecting)</source>
            <translation>STARTTLS (chiffré après la connexion)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Security</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../ui/settings/service_dialog.py" line="+53" />
            <source>New service</source>
            <translation>Nouveau service</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit service</source>
            <translation>Modifier le service</translation>
        </message>
        <message>
            <location line="+8" />
            <source>e.g. Couples session</source>
            <translation>p. ex. Séance de couple</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Offered for new appointments</source>
            <translation>Proposé pour les nouveaux rendez-vous</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Duration</source>
            <translation>&amp;Durée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Price</source>
            <translation>&amp;Prix</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Tax rate</source>
            <translation>Taux de &amp;TVA</translation>
        </message>
        <message>
            <location line="+9" />
            <source>In %1, the practice currency. The duration and price are suggestions: each appointment can differ.</source>
            <translation>En %1, la devise du cabinet. La durée et le prix sont des suggestions : chaque rendez-vous peut être différent.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>ServicesSettingsPage</name>
        <message>
            <location filename="../../ui/settings/services_page.py" line="+53" />
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What you offer. A new appointment takes its duration and price from its service; inactive services stay on past appointments but are not offered for new ones.</source>
            <translation>Ce que vous proposez. Un nouveau rendez-vous prend la durée et le prix de son service ; les services inactifs restent sur les rendez-vous passés mais ne sont plus proposés pour les nouveaux.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tax</source>
            <translation>TVA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No services yet: add what you offer with + New service.</source>
            <translation>Pas encore de services : ajoutez ce que vous proposez avec + Nouveau service.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>+ &amp;New service</source>
            <translation>+ &amp;Nouveau service</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+88" />
            <source>Deacti&amp;vate</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <location line="-87" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>Mon&amp;ter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>Descend&amp;re</translation>
        </message>
        <message>
            <location line="+50" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Inactive</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Acti&amp;vate</source>
            <translation>&amp;Activer</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Service added: %1.</source>
            <translation>Service ajouté : %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service saved: %1.</source>
            <translation>Service enregistré : %1.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>“%1” is offered again for new appointments.</source>
            <translation>« %1 » est de nouveau proposé pour les nouveaux rendez-vous.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1” is no longer offered for new appointments; past appointments keep it.</source>
            <translation>« %1 » n'est plus proposé pour les nouveaux rendez-vous ; les rendez-vous passés le gardent.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>“%1” is the service of %n appointment(s). They stay in the calendar and in the client records, but without a service.

To stop offering it and keep those appointments as they are, deactivate it instead.</source>
            <translation>
                <numerusform>« %1 » est le service de %n rendez-vous. Celui-ci reste dans l'agenda et dans le dossier du client, mais sans service.

Pour ne plus le proposer tout en gardant ce rendez-vous tel quel, désactivez-le plutôt.</numerusform>
                <numerusform>« %1 » est le service de %n rendez-vous. Ceux-ci restent dans l'agenda et dans les dossiers des clients, mais sans service.

Pour ne plus le proposer tout en gardant ces rendez-vous tels quels, désactivez-le plutôt.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete “%1”? No appointment uses it.</source>
            <translation>Supprimer « %1 » ? Aucun rendez-vous ne l'utilise.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Delete service</source>
            <translation>Supprimer le service</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service deleted: %1.</source>
            <translation>Service supprimé : %1.</translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <location filename="../../ui/settings/settings_area.py" line="+20" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <location filename="../../ui/documentation/note_dialogs.py" line="+39" />
            <source>Share note</source>
            <translation>Partager la note</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“%1” is now marked as shared with %2 (%3). Give them a copy:</source>
            <translation>« %1 » est désormais marquée comme partagée avec %2 (%3). Remettez-lui une copie :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save PDF…</source>
            <translation>Enregistrer le PDF…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Email to client…</source>
            <translation>Envoyer au client par courriel…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>To take the sharing back, use Make private in the note's menu.</source>
            <translation>Pour annuler le partage, utilisez Rendre privée dans le menu de la note.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved as %1</source>
            <translation>Enregistré sous %1</translation>
        </message>
    </context>
    <context>
        <name>SignatureQuestion</name>
        <message>
            <location filename="../../ui/documentation/form_questions.py" line="+55" />
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date</source>
            <translation>Date</translation>
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
            <location filename="../../ui/application.py" line="+51" />
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
        <name>SummaryStrip</name>
        <message>
            <location filename="../../ui/clients/record/overview_summary.py" line="+47" />
            <source>Next appointment</source>
            <translation>Prochain rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last seen</source>
            <translation>Dernière visite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions this year</source>
            <translation>Séances cette année</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outstanding</source>
            <translation>Restant dû</translation>
        </message>
        <message>
            <location line="+13" />
            <source>None booked</source>
            <translation>Aucun prévu</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <location line="+6" />
            <source>completed in %1</source>
            <translation>effectuées en %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 overdue</source>
            <translation>%1 en retard</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All invoices paid</source>
            <translation>Toutes les factures sont payées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 in credit</source>
            <translation>%1 d'avoir</translation>
        </message>
    </context>
    <context>
        <name>TableDialog</name>
        <message>
            <location filename="../../ui/documentation/rich_text_dialogs.py" line="+16" />
            <location line="+8" />
            <source>Insert table</source>
            <translation>Insérer un tableau</translation>
        </message>
        <message>
            <location line="-4" />
            <source>&amp;Rows</source>
            <translation>&amp;Lignes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Columns</source>
            <translation>&amp;Colonnes</translation>
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
        <name>TaxRatesEditor</name>
        <message>
            <location filename="../../ui/settings/billing_fields.py" line="+20" />
            <source>e.g. 23</source>
            <translation>p. ex. 20</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New tax rate</source>
            <translation>Nouveau taux de TVA</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add &amp;rate</source>
            <translation>A&amp;jouter un taux</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove rate</source>
            <translation>Retirer le taux</translation>
        </message>
    </context>
    <context>
        <name>TemplatePreview</name>
        <message>
            <location filename="../../ui/templates/preview.py" line="+26" />
            <source>required</source>
            <translation>obligatoire</translation>
        </message>
    </context>
    <context>
        <name>TemplatesArea</name>
        <message>
            <location filename="../../ui/templates/templates_area.py" line="+73" />
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note templates give a new note its starting text; intake forms are the questions you go through with a new client. Change them to fit how you work.</source>
            <translation>Les modèles de notes donnent à une nouvelle note son texte de départ ; les formulaires d'accueil sont les questions que vous parcourez avec un nouveau client. Adaptez-les à votre façon de travailler.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+2" />
            <source>+ New</source>
            <translation>+ Nouveau</translation>
        </message>
        <message>
            <location line="-1" />
            <source>New note template</source>
            <translation>Nouveau modèle de note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New intake form</source>
            <translation>Nouveau formulaire d'accueil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No note templates. Make one with + New.</source>
            <translation>Aucun modèle de note. Créez-en un avec + Nouveau.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No intake forms. Make one with + New.</source>
            <translation>Aucun formulaire d'accueil. Créez-en un avec + Nouveau.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Note templates</source>
            <translation>Modèles de notes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Intake forms</source>
            <translation>Formulaires d'accueil</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose a template on the left to see it here.</source>
            <translation>Choisissez un modèle à gauche pour l'afficher ici.</translation>
        </message>
        <message>
            <location line="+160" />
            <source>Note template</source>
            <translation>Modèle de note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Intake form</source>
            <translation>Formulaire d'accueil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>came with Consulta</source>
            <translation>fourni avec Consulta</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n note(s) started from it</source>
            <translation>
                <numerusform>%n note commencée avec lui</numerusform>
                <numerusform>%n notes commencées avec lui</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>filled in %n time(s)</source>
            <translation>
                <numerusform>rempli %n fois</numerusform>
                <numerusform>rempli %n fois</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Use for a client…</source>
            <translation>&amp;Utiliser pour un client…</translation>
        </message>
        <message>
            <location line="-184" />
            <source>Du&amp;plicate</source>
            <translation>Du&amp;pliquer</translation>
        </message>
        <message>
            <location line="+185" />
            <source>F&amp;ill in for a client…</source>
            <translation>&amp;Remplir pour un client…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Saved “%1”.</source>
            <translation>« %1 » enregistré.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Made “%1”. Edit it to make it yours.</source>
            <translation>« %1 » créé. Modifiez-le pour l'adapter.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete the note template “%1”? Notes already written from it keep their text.</source>
            <translation>Supprimer le modèle de note « %1 » ? Les notes déjà rédigées à partir de celui-ci gardent leur texte.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the intake form “%1”? Forms already filled in keep their questions and answers.</source>
            <translation>Supprimer le formulaire d'accueil « %1 » ? Les formulaires déjà remplis gardent leurs questions et leurs réponses.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Deleted “%1”.</source>
            <translation>« %1 » supprimé.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete template</source>
            <translation>Supprimer le modèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use “%1” for a client</source>
            <translation>Utiliser « %1 » pour un client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new draft note starts with this template’s text. It is kept in the client’s Documentation.</source>
            <translation>Un nouveau brouillon de note commence avec le texte de ce modèle. Il est conservé dans la Documentation du client.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create note</source>
            <translation>Créer la note</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fill in “%1” for a client</source>
            <translation>Remplir « %1 » pour un client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the client’s answers; the filled-in form is kept in their Documentation.</source>
            <translation>Saisissez les réponses du client ; le formulaire rempli est conservé dans sa Documentation.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Note “%1” started for %2.</source>
            <translation>Note « %1 » commencée pour %2.</translation>
        </message>
    </context>
    <context>
        <name>TotalsStrip</name>
        <message>
            <location filename="../../ui/billing/billing_area.py" line="-238" />
            <source>Billed</source>
            <translation>Facturé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Encaissé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outstanding</source>
            <translation>Restant dû</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client credit</source>
            <translation>Crédit clients</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <location line="+4" />
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n facture</numerusform>
                <numerusform>%n factures</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>overpaid or paid ahead</source>
            <translation>trop-perçu ou payé d'avance</translation>
        </message>
    </context>
    <context>
        <name>TransferText</name>
        <message>
            <location filename="../../ui/transfer/progress_panel.py" line="-54" />
            <source>The disk is full. Free some space, then try again.</source>
            <translation>Le disque est plein. Libérez de l'espace, puis réessayez.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consulta may not write there. Choose another folder.</source>
            <translation>Consulta n'a pas le droit d'écrire ici. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The files could not be written: %1</source>
            <translation>Les fichiers n'ont pas pu être écrits : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: %1</source>
            <translation>Une erreur s'est produite : %1</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../ui/documentation/note_dialogs.py" line="+17" />
            <source>Move note to trash</source>
            <translation>Mettre la note à la corbeille</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is a completed note, so it is not deleted: it goes to the trash with your reason, and can be restored from there.</source>
            <translation>« %1 » est une note terminée, elle n'est donc pas supprimée : elle va à la corbeille avec votre raison, et peut être restaurée depuis celle-ci.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Why is this note moved to the trash?</source>
            <translation>Pourquoi cette note est-elle mise à la corbeille ?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Move to trash</source>
            <translation>Mettre à la corbeille</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Reason (kept in the audit log)</source>
            <translation>&amp;Raison (conservée dans le journal d'audit)</translation>
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
    <context>
        <name>Uploader</name>
        <message>
            <location filename="../../ui/documentation/uploads.py" line="+79" />
            <source>“%1” is a folder. Add the files inside it instead.</source>
            <translation>« %1 » est un dossier. Ajoutez plutôt les fichiers qu'il contient.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>“%1” is the same as “%2”, uploaded %3. Both are kept.</source>
            <translation>« %1 » est identique à « %2 », téléversé le %3. Les deux sont conservés.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is the same as another file of this client. Both are kept.</source>
            <translation>« %1 » est identique à un autre fichier de ce client. Les deux sont conservés.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“%1” could not be read: %2</source>
            <translation>« %1 » n'a pas pu être lu : %2</translation>
        </message>
    </context>
    <context>
        <name>YesNoQuestion</name>
        <message>
            <location filename="../../ui/documentation/form_questions.py" line="-89" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>Non</translation>
        </message>
    </context>
</TS>
