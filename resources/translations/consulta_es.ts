<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AddressEditor</name>
        <message>
            <location filename="../../ui/clients/record/field_editors.py" line="+142" />
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <location line="+0" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Region</source>
            <translation>Provincia/región</translation>
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
            <translation>Haciendo copia de seguridad…</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Backup saved</source>
            <translation>Copia de seguridad guardada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An encrypted copy of your workspace was saved as:
%1

It opens with the same passphrase.</source>
            <translation>Se guardó una copia cifrada de tu espacio de trabajo como:
%1

Se abre con la misma frase de contraseña.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show folder</source>
            <translation>Mostrar carpeta</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Backup failed</source>
            <translation>La copia de seguridad ha fallado</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../ui/workspace/change_passphrase_dialog.py" line="+27" />
            <location line="+17" />
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <location line="-14" />
            <source>The workspace is re-encrypted with the new passphrase. Backups made before keep the passphrase they were made with.</source>
            <translation>El espacio de trabajo se vuelve a cifrar con la nueva frase de contraseña. Las copias de seguridad anteriores conservan la frase con la que se hicieron.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
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
            <translation>Cambiar estado</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add tag</source>
            <translation>Añadir etiqueta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove tag</source>
            <translation>Quitar etiqueta</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Manage tags…</source>
            <translation>Gestionar etiquetas…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move to trash…</source>
            <translation>Mover a la papelera…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not done</source>
            <translation>No se ha hecho</translation>
        </message>
        <message numerus="yes">
            <location line="+28" />
            <source>Move %n client(s) to the trash? You can restore them from Show ▸ Trash.</source>
            <translation>
                <numerusform>¿Mover %n cliente a la papelera? Puedes restaurarlo desde Mostrar ▸ Papelera.</numerusform>
                <numerusform>¿Mover %n clientes a la papelera? Puedes restaurarlos desde Mostrar ▸ Papelera.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Move to trash</source>
            <translation>Mover a la papelera</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Erase %n client(s) and everything recorded about them? This cannot be undone.</source>
            <translation>
                <numerusform>¿Borrar %n cliente y todo lo registrado sobre él? No se puede deshacer.</numerusform>
                <numerusform>¿Borrar %n clientes y todo lo registrado sobre ellos? No se puede deshacer.</numerusform>
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
            <translation>+ Nuevo cliente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New client (Ctrl+N)</source>
            <translation>Nuevo cliente (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Filter by name, email or phone</source>
            <translation>Filtrar por nombre, correo o teléfono</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leads</source>
            <translation>Prospectos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show only leads: people who have not started yet</source>
            <translation>Mostrar solo prospectos: personas que aún no han empezado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Current clients</source>
            <translation>Clientes actuales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archived</source>
            <translation>Archivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Actions on the selected clients (menu key)</source>
            <translation>Acciones sobre los clientes seleccionados (tecla de menú)</translation>
        </message>
        <message>
            <location line="+39" />
            <source>No clients here</source>
            <translation>No hay clientes aquí</translation>
        </message>
        <message>
            <location line="+80" />
            <source>All tags</source>
            <translation>Todas las etiquetas</translation>
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
            <translation>Ningún cliente coincide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try fewer letters, or another status or tag.</source>
            <translation>Prueba con menos letras, u otro estado o etiqueta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The trash is empty</source>
            <translation>La papelera está vacía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clients you delete stay here until you erase them.</source>
            <translation>Los clientes que eliminas se quedan aquí hasta que los borres definitivamente.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No archived clients</source>
            <translation>No hay clientes archivados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archived clients are kept here, out of your daily list.</source>
            <translation>Los clientes archivados se guardan aquí, fuera de tu lista diaria.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No clients yet</source>
            <translation>Aún no hay clientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The people you serve will be listed here.</source>
            <translation>Aquí aparecerán las personas a las que atiendes.</translation>
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
            <translation>Volver a la lista (Ctrl+W)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This client is in the trash. Restore them to work with the record again, or delete them permanently.</source>
            <translation>Este cliente está en la papelera. Restáuralo para volver a trabajar con su ficha, o elimínalo definitivamente.</translation>
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
            <translation>Esta parte de Consulta aún no está en esta versión. Todo lo que ya haya en tu espacio de trabajo se conserva y aparecerá aquí.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships</source>
            <translation>Relaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documentation</source>
            <translation>Documentación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Inbox</source>
            <translation>Bandeja de entrada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Billing</source>
            <translation>Facturación</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Unarchive</source>
            <translation>Desarchivar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move to trash…</source>
            <translation>Mover a la papelera…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No tags yet: create them from the clients list.</source>
            <translation>Aún no hay etiquetas: créalas desde la lista de clientes.</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+3" />
            <source>Move to trash</source>
            <translation>Mover a la papelera</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Move %1 to the trash? The record is kept and can be restored from the trash.</source>
            <translation>¿Mover a %1 a la papelera? La ficha se conserva y se puede restaurar desde la papelera.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot delete</source>
            <translation>No se puede eliminar</translation>
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
            <translation>¿Eliminar a %1 y todo lo de su ficha para siempre? No se puede deshacer.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not changed</source>
            <translation>No se ha cambiado</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Unsaved changes in %1's Personal tab</source>
            <translation>Cambios sin guardar en la pestaña Personal de %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You have changes in the Personal tab that are not saved. Close the record and discard them?</source>
            <translation>Tienes cambios sin guardar en la pestaña Personal. ¿Cerrar la ficha y descartarlos?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <location filename="../../ui/models/client_table_model.py" line="+40" />
            <source>Name</source>
            <translation>Nombre</translation>
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
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next appointment</source>
            <translation>Próxima cita</translation>
        </message>
    </context>
    <context>
        <name>ClientsArea</name>
        <message>
            <location filename="../../ui/clients/clients_area.py" line="+34" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the other record and discard these changes?</source>
            <translation>¿Abrir la otra ficha y descartar estos cambios?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../ui/contacts/new_contact_dialog.py" line="+33" />
            <source>name@example.com</source>
            <translation>nombre@ejemplo.com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Health centre, school</source>
            <translation>p. ej., centro de salud, colegio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Family doctor</source>
            <translation>p. ej., médico de familia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;First name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Last name</source>
            <translation>&amp;Apellidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Email</source>
            <translation>&amp;Correo electrónico</translation>
        </message>
        <message>
            <location line="+0" />
            <source>P&amp;hone</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organization</source>
            <translation>&amp;Organización</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Role</source>
            <translation>&amp;Función</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Give a first name or a last name.</source>
            <translation>Indica un nombre o un apellido.</translation>
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
            <translation>Con&amp;vertir en cliente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move to &amp;trash…</source>
            <translation>Mover a la &amp;papelera…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Función</translation>
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
            <translation>Datos personales</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Not related to any client yet. Link them from a client's Relationships tab.</source>
            <translation>Aún no está relacionado con ningún cliente. Vincúlalo desde la pestaña Relaciones de un cliente.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Open this client's record</source>
            <translation>Abrir la ficha de este cliente</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Your changes to the contact %1 are not saved.</source>
            <translation>Tus cambios en el contacto %1 no están guardados.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Make %1 a client? They keep their details and relationships, and start as a lead. Contacts cannot have notes or invoices; clients can.</source>
            <translation>¿Convertir a %1 en cliente? Conserva sus datos y relaciones, y empieza como prospecto. Los contactos no pueden tener notas ni facturas; los clientes sí.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not converted</source>
            <translation>No se ha convertido</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Convert to client</source>
            <translation>Convertir en cliente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move %1 to the trash? Their links to clients are hidden until restored.</source>
            <translation>¿Mover a %1 a la papelera? Sus vínculos con clientes se ocultan hasta que se restaure.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not moved</source>
            <translation>No se ha movido</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Move to trash</source>
            <translation>Mover a la papelera</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <location filename="../../ui/models/contact_table_model.py" line="+16" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>Teléfono</translation>
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
            <translation>+ Nuevo contacto</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Filter by name, email or phone</source>
            <translation>Filtrar por nombre, correo o teléfono</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Current contacts</source>
            <translation>Contactos actuales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash</source>
            <translation>Papelera</translation>
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
            <translation>Aún no hay contactos</translation>
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
            <translation>Ningún contacto coincide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try fewer letters, or search the whole window.</source>
            <translation>Prueba con menos letras, o busca en toda la ventana.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The trash is empty</source>
            <translation>La papelera está vacía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contacts you move to the trash wait here.</source>
            <translation>Los contactos que mueves a la papelera esperan aquí.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Relatives, referrers and other practitioners around your clients. Add one with + New contact.</source>
            <translation>Familiares, derivadores y otros profesionales en torno a tus clientes. Añade uno con + Nuevo contacto.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Not restored</source>
            <translation>No se ha restaurado</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <location filename="../../app/documents/fonts.py" line="+62" />
            <source>The font file {path} cannot be read: {reason}</source>
            <translation>No se puede leer el archivo de fuente {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/self_check.py" line="+227" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create an encrypted workspace</source>
            <translation>Crear un espacio de trabajo cifrado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write a client</source>
            <translation>Guardar un cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen and read it back</source>
            <translation>Volver a abrirlo y leerlo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workspace file is encrypted</source>
            <translation>El archivo del espacio de trabajo está cifrado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database migrations</source>
            <translation>Migraciones de la base de datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fonts and PDF</source>
            <translation>Fuentes y PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keyring</source>
            <translation>Llavero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail worker</source>
            <translation>Correo en segundo plano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sample data</source>
            <translation>Datos de ejemplo</translation>
        </message>
        <message>
            <location filename="../../app/services/clients.py" line="+48" />
            <location filename="../../app/services/people.py" line="+191" />
            <source>Unknown status.</source>
            <translation>Estado desconocido.</translation>
        </message>
        <message>
            <location filename="../../app/services/custom_fields.py" line="+32" />
            <source>Details</source>
            <translation>Datos personales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact information</source>
            <translation>Datos de contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+12" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Long text</source>
            <translation>Texto largo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Single choice</source>
            <translation>Opción única</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple choice</source>
            <translation>Opción múltiple</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checkbox</source>
            <translation>Casilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+46" />
            <source>This section no longer exists.</source>
            <translation>Esta sección ya no existe.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This field no longer exists.</source>
            <translation>Este campo ya no existe.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A name is required.</source>
            <translation>Hace falta un nombre.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A choice field needs at least two options.</source>
            <translation>Un campo de opciones necesita al menos dos opciones.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>The standard sections cannot be deleted; delete their custom fields instead.</source>
            <translation>Las secciones estándar no se pueden eliminar; elimina en su lugar sus campos personalizados.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+92" />
            <source>Choose a field type.</source>
            <translation>Elige un tipo de campo.</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Choose one of the options.</source>
            <translation>Elige una de las opciones.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose among the options.</source>
            <translation>Elige entre las opciones.</translation>
        </message>
        <message>
            <location filename="../../app/services/people.py" line="-157" />
            <source>Lead</source>
            <translation>Prospecto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inactive</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archived</source>
            <translation>Archivado</translation>
        </message>
        <message>
            <location line="+105" />
            <location filename="../../app/services/tags.py" line="+101" />
            <source>This record no longer exists.</source>
            <translation>Esta ficha ya no existe.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>A first name or a last name is required.</source>
            <translation>Hace falta un nombre o un apellido.</translation>
        </message>
        <message>
            <location line="+47" />
            <location filename="../../app/services/tags.py" line="-48" />
            <source>That tag no longer exists.</source>
            <translation>Esa etiqueta ya no existe.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>This client has issued invoices or payments, which must be kept by law. The record can stay in the trash but cannot be erased.</source>
            <translation>Este cliente tiene facturas o pagos emitidos, que la ley obliga a conservar. La ficha puede quedarse en la papelera, pero no se puede borrar definitivamente.</translation>
        </message>
        <message>
            <location filename="../../app/services/practice.py" line="+67" />
            <location filename="../../app/workspace.py" line="+338" />
            <source>Please give your practice a name.</source>
            <translation>Ponle un nombre a tu consulta.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter a whole number of zero or more.</source>
            <translation>Escribe un número entero igual o mayor que cero.</translation>
        </message>
        <message>
            <location filename="../../app/services/relationships.py" line="+22" />
            <source>Parent</source>
            <translation>Padre/madre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child</source>
            <translation>Hijo/hija</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spouse/partner</source>
            <translation>Cónyuge/pareja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sibling</source>
            <translation>Hermano/hermana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guardian</source>
            <translation>Tutor/a legal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Under guardianship</source>
            <translation>Bajo tutela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency contact</source>
            <translation>Contacto de emergencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency contact for</source>
            <translation>Contacto de emergencia de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referring practitioner</source>
            <translation>Profesional derivador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred client</source>
            <translation>Cliente derivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred to</source>
            <translation>Derivado a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred by</source>
            <translation>Derivado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Choose or type a relationship type.</source>
            <translation>Elige o escribe un tipo de relación.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A person cannot be related to themselves.</source>
            <translation>Una persona no puede tener una relación consigo misma.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Relationships link a client to another client or to a contact.</source>
            <translation>Las relaciones unen a un cliente con otro cliente o con un contacto.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These two are already connected; edit the existing relationship instead.</source>
            <translation>Estas dos personas ya están relacionadas; edita la relación existente.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose client or contact.</source>
            <translation>Elige cliente o contacto.</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+18" />
            <source>This relationship no longer exists.</source>
            <translation>Esta relación ya no existe.</translation>
        </message>
        <message>
            <location filename="../../app/services/tags.py" line="-19" />
            <source>A tag needs a name.</source>
            <translation>Una etiqueta necesita un nombre.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A tag called “{name}” already exists.</source>
            <translation>Ya existe una etiqueta llamada «{name}».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a color.</source>
            <translation>Elige un color.</translation>
        </message>
        <message>
            <location filename="../../app/services/validation.py" line="+26" />
            <source>“{value}” is not a valid email address (like name@example.com).</source>
            <translation>«{value}» no es una dirección de correo válida (como nombre@ejemplo.com).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>“{value}” is not a valid phone number: use digits, spaces and an optional leading +.</source>
            <translation>«{value}» no es un teléfono válido: usa cifras, espacios y, si quieres, un + al principio.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The date of birth cannot be in the future.</source>
            <translation>La fecha de nacimiento no puede ser futura.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The date of birth must be after 1900.</source>
            <translation>La fecha de nacimiento debe ser posterior a 1900.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“{value}” is not a valid date.</source>
            <translation>«{value}» no es una fecha válida.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+4" />
            <source>“{value}” is not a number.</source>
            <translation>«{value}» no es un número.</translation>
        </message>
        <message>
            <location filename="../../app/store/engine.py" line="+85" />
            <source>The disk is full. Free some space and try again.</source>
            <translation>El disco está lleno. Libera algo de espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/workspace.py" line="-74" />
            <location line="+29" />
            <location line="+20" />
            <source>“{path}” is not a Consulta workspace, or it is damaged.</source>
            <translation>«{path}» no es un espacio de trabajo de Consulta, o está dañado.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../app/workspace.py" line="-40" />
            <source>That passphrase does not open this workspace. Check it and try again.</source>
            <translation>Esa frase de contraseña no abre este espacio de trabajo. Revísala y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../app/store/keys.py" line="+58" />
            <source>Too short</source>
            <translation>Demasiado corta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weak</source>
            <translation>Débil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fair</source>
            <translation>Aceptable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good</source>
            <translation>Buena</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong</source>
            <translation>Fuerte</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The passphrase needs at least {n} characters.</source>
            <translation>La frase de contraseña necesita al menos {n} caracteres.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The system keyring could not be loaded.</source>
            <translation>No se pudo cargar el llavero del sistema.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This computer has no keyring service (such as GNOME Keyring or KWallet) running, so the passphrase cannot be remembered. You will be asked for it each time.</source>
            <translation>Este ordenador no tiene un servicio de llavero en marcha (como GNOME Keyring o KWallet), así que no se puede recordar la frase de contraseña. Se te pedirá cada vez.</translation>
        </message>
        <message>
            <location filename="../../app/store/lock.py" line="+25" />
            <source>This workspace is already open in another Consulta window: {path}</source>
            <translation>Este espacio de trabajo ya está abierto en otra ventana de Consulta: {path}</translation>
        </message>
        <message>
            <location filename="../../app/workspace.py" line="-184" />
            <source>The disk is full, so the last change was not saved. Free some space and try again.</source>
            <translation>El disco está lleno, así que el último cambio no se guardó. Libera algo de espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location line="+82" />
            <source>The disk is full: the copy was not made. Free some space and try again.</source>
            <translation>El disco está lleno: no se hizo la copia. Libera algo de espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The copy could not be written to {path}: {reason}</source>
            <translation>No se pudo escribir la copia en {path}: {reason}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The current passphrase is not correct.</source>
            <translation>La frase de contraseña actual no es correcta.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>There is no workspace at “{path}”.</source>
            <translation>No hay ningún espacio de trabajo en «{path}».</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“{path}” cannot be read: {reason}</source>
            <translation>No se puede leer «{path}»: {reason}</translation>
        </message>
        <message>
            <location line="+85" />
            <source>A file already exists at “{path}”; it was left as it is.</source>
            <translation>Ya existe un archivo en «{path}»; se ha dejado como estaba.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The folder {path} cannot be created: {reason}</source>
            <translation>No se puede crear la carpeta {path}: {reason}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The disk is full: the workspace was not created. Free some space and try again.</source>
            <translation>El disco está lleno: no se creó el espacio de trabajo. Libera algo de espacio y vuelve a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../ui/crash.py" line="+28" />
            <source>Something went wrong</source>
            <translation>Algo ha fallado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta hit an unexpected problem. Your saved work is safe in the workspace; the last unsaved change may need to be made again.</source>
            <translation>Consulta ha tenido un problema inesperado. Lo que ya guardaste está a salvo en el espacio de trabajo; quizá tengas que repetir el último cambio sin guardar.</translation>
        </message>
    </context>
    <context>
        <name>CreateWorkspaceDialog</name>
        <message>
            <location filename="../../ui/workspace/create_dialog.py" line="+38" />
            <location line="+4" />
            <source>Create your workspace</source>
            <translation>Crea tu espacio de trabajo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything about your practice is kept in one encrypted file on this computer. Copying that file is a complete backup.</source>
            <translation>Todo lo de tu consulta se guarda en un único archivo cifrado en este ordenador. Copiar ese archivo es una copia de seguridad completa.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>e.g. Lisbon Family Therapy</source>
            <translation>p. ej., Terapia Familiar Lisboa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Practice name</source>
            <translation>Nombre de la consulta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remember on this computer</source>
            <translation>Recordar en este ordenador</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Keeps the key in this computer's keyring so Consulta opens without asking.</source>
            <translation>Guarda la clave en el llavero de este ordenador para que Consulta se abra sin preguntar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start with sample data</source>
            <translation>Empezar con datos de ejemplo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Adds a sample client and a sample contact with appointments, a note and an invoice, so you can explore every screen. Delete them whenever you like.</source>
            <translation>Añade un cliente y un contacto de ejemplo con citas, una nota y una factura, para que puedas recorrer todas las pantallas. Bórralos cuando quieras.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved as %1</source>
            <translation>Se guarda como %1</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+56" />
            <source>Create workspace</source>
            <translation>Crear espacio de trabajo</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Creating…</source>
            <translation>Creando…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The workspace could not be created: %1</source>
            <translation>No se pudo crear el espacio de trabajo: %1</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../ui/person_form.py" line="+80" />
            <source>Pick…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a date</source>
            <translation>Elegir una fecha</translation>
        </message>
    </context>
    <context>
        <name>EditRelationshipDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_relationship_dialog.py" line="+288" />
            <location line="+2" />
            <source>Edit relationship</source>
            <translation>Editar relación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is this client's…</source>
            <translation>Para este cliente, %1 es:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Emergency contact</source>
            <translation>Contacto de emergencia</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Relationship</source>
            <translation>Relación</translation>
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
            <translation>Nuevo campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit field</source>
            <translation>Editar campo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>In “%1”. Fields are shared by every client in this workspace.</source>
            <translation>En «%1». Los campos son comunes a todos los clientes de este espacio de trabajo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>For example: Occupation</source>
            <translation>Por ejemplo: Profesión</translation>
        </message>
        <message>
            <location line="+5" />
            <source>One option per line</source>
            <translation>Una opción por línea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label</source>
            <translation>Etiqueta del campo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add field</source>
            <translation>Añadir campo</translation>
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
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>GeneralSettingsPage</name>
        <message>
            <location filename="../../ui/settings/general_page.py" line="+34" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The system's language (%1)</source>
            <translation>El idioma del sistema (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Applies the next time Consulta starts. Kept on this computer, not in the workspace.</source>
            <translation>Se aplica la próxima vez que se inicie Consulta. Se guarda en este ordenador, no en el espacio de trabajo.</translation>
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
            <translation>Tras estos minutos sin que uses Consulta, se bloquea y pide la frase de contraseña. 0 significa nunca.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Save name</source>
            <translation>&amp;Guardar nombre</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Auto-lock after</source>
            <translation>&amp;Bloqueo automático tras</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Practice name</source>
            <translation>Nombre de la &amp;consulta</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Language saved: %1. It applies the next time Consulta starts.</source>
            <translation>Idioma guardado: %1. Se aplica la próxima vez que se inicie Consulta.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Consulta now locks after %n minute(s) without use.</source>
            <translation>
                <numerusform>Consulta se bloqueará tras %n minuto sin uso.</numerusform>
                <numerusform>Consulta se bloqueará tras %n minutos sin uso.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta no longer locks by itself.</source>
            <translation>Consulta ya no se bloqueará solo.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Practice name saved.</source>
            <translation>Nombre de la consulta guardado.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Settings: the practice name</source>
            <translation>Configuración: el nombre de la consulta</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearch</name>
        <message>
            <location filename="../../ui/global_search.py" line="+54" />
            <location line="+1" />
            <source>Search clients and contacts</source>
            <translation>Buscar clientes y contactos</translation>
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
            <translation>No se ha encontrado a nadie para «%1».</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <location filename="../../ui/clients/record/standard_fields.py" line="+80" />
            <source>+ Add email</source>
            <translation>+ Añadir correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ Add phone</source>
            <translation>+ Añadir teléfono</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove this line</source>
            <translation>Quitar esta línea</translation>
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
            <translation>Escribe tu frase de contraseña para seguir donde lo dejaste. Lo que aún no habías guardado sigue ahí.</translation>
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
            <translation>Configuración</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Workspace unlocked</source>
            <translation>Espacio de trabajo desbloqueado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This part of Consulta is not in this version yet. Anything already in your workspace is kept safe and will show here.</source>
            <translation>Esta parte de Consulta aún no está en esta versión. Todo lo que ya haya en tu espacio de trabajo se conserva y aparecerá aquí.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your appointments by day, week and month. </source>
            <translation>Tus citas por día, semana y mes. </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inbox</source>
            <translation>Bandeja de entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email with your clients, filed to each record. </source>
            <translation>El correo con tus clientes, archivado en cada ficha. </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Billing</source>
            <translation>Facturación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices, payments and credit notes across all clients. </source>
            <translation>Facturas, pagos y notas de crédito de todos los clientes. </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Templates</source>
            <translation>Plantillas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note templates and intake forms. </source>
            <translation>Plantillas de notas y formularios de admisión. </translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer copia de seguridad ahora</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change &amp;passphrase…</source>
            <translation>Cambiar la &amp;frase de contraseña…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Consulta</source>
            <translation>&amp;Acerca de Consulta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;New client…</source>
            <translation>&amp;Nuevo cliente…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New &amp;contact…</source>
            <translation>Nuevo &amp;contacto…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search clients and contacts</source>
            <translation>Buscar clientes y contactos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search clients and contacts (Ctrl+K)</source>
            <translation>Buscar clientes y contactos (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Passphrase changed</source>
            <translation>Frase de contraseña cambiada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About Consulta</source>
            <translation>Acerca de Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;Your practice in one encrypted file on this computer.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
            <translation>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;Tu consulta en un único archivo cifrado en este ordenador.&lt;/p&gt;&lt;p&gt;Espacio de trabajo: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Go</source>
            <translation>&amp;Ir a</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some changes have not been saved yet. If you quit now, they are lost.</source>
            <translation>Algunos cambios aún no se han guardado. Si sales ahora, se perderán.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Discard and quit</source>
            <translation>&amp;Descartar y salir</translation>
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
            <translation>Nuevo cliente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What they like to be called</source>
            <translation>Cómo le gusta que le llamen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>name@example.com</source>
            <translation>nombre@ejemplo.com</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+34 612 345 678</source>
            <translation>+34 612 345 678</translation>
        </message>
        <message>
            <location line="+29" />
            <source>&amp;First name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Last name</source>
            <translation>&amp;Apellidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;referred name</source>
            <translation>Nombre &amp;preferido</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Email</source>
            <translation>&amp;Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;hone</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date of birth</source>
            <translation>Fecha de &amp;nacimiento</translation>
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
            <translation>Aún no hay etiquetas: créalas desde Acciones ▸ Gestionar etiquetas de la lista.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A first name or a last name is required.</source>
            <translation>Hace falta un nombre o un apellido.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Give a first name or a last name.</source>
            <translation>Indica un nombre o un apellido.</translation>
        </message>
    </context>
    <context>
        <name>NewContactDialog</name>
        <message>
            <location filename="../../ui/contacts/new_contact_dialog.py" line="+38" />
            <location line="+5" />
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contacts are people around your clients, such as relatives or other practitioners. They have no status or tags.</source>
            <translation>Los contactos son personas en torno a tus clientes, como familiares u otros profesionales. No tienen estado ni etiquetas.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Create</source>
            <translation>Crear</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message numerus="yes">
            <location filename="../../ui/workspace/passphrase_fields.py" line="+24" />
            <source>At least %n characters</source>
            <translation>
                <numerusform>Al menos %n carácter</numerusform>
                <numerusform>Al menos %n caracteres</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Repeat passphrase</source>
            <translation>Repite la frase de contraseña</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A few unrelated words are easy to remember and hard to guess. Nobody can recover your data without it: write it down somewhere safe.</source>
            <translation>Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. Nadie puede recuperar tus datos sin ella: anótala en un lugar seguro.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Too short: %n more characters needed.</source>
            <translation>
                <numerusform>Demasiado corta: falta %n carácter.</numerusform>
                <numerusform>Demasiado corta: faltan %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strength: %1</source>
            <translation>Seguridad: %1</translation>
        </message>
    </context>
    <context>
        <name>NewRelationshipDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_relationship_dialog.py" line="-223" />
            <location line="+3" />
            <source>New relationship</source>
            <translation>Nueva relación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who is related to %1? Search your clients and contacts, or create someone new.</source>
            <translation>¿Quién está relacionado con %1? Busca entre tus clientes y contactos, o crea a alguien nuevo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Search by name, email or phone</source>
            <translation>Buscar por nombre, correo o teléfono</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+96" />
            <source>+ Create new client/contact</source>
            <translation>+ Crear nuevo cliente/contacto</translation>
        </message>
        <message>
            <location line="-87" />
            <source>Emergency contact</source>
            <translation>Contacto de emergencia</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Relationship</source>
            <translation>Relación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The relationship says who this person is for %1: choose “Parent” if they are the parent of %1.</source>
            <translation>La relación dice quién es esta persona para %1: elige «Padre/madre» si es el padre o la madre de %1.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Contact (family, another practitioner…)</source>
            <translation>Contacto (familiar, otro profesional…)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location line="+10" />
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as</source>
            <translation>Añadir como</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Pick an existing person instead</source>
            <translation>Elegir mejor a una persona existente</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Type a name, email or phone to find someone.</source>
            <translation>Escribe un nombre, correo o teléfono para encontrar a alguien.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No one found. You can create them: “+ Create new client/contact”.</source>
            <translation>No se ha encontrado a nadie. Puedes crearlo: «+ Crear nuevo cliente/contacto».</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Choose someone from the list, or create a new client or contact.</source>
            <translation>Elige a alguien de la lista, o crea un cliente o contacto nuevo.</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../ui/person_form.py" line="+60" />
            <source>Write the date like %1, or pick it.</source>
            <translation>Escribe la fecha como %1, o elígela.</translation>
        </message>
    </context>
    <context>
        <name>PersonalTab</name>
        <message>
            <location filename="../../ui/clients/record/personal_tab.py" line="+41" />
            <source>+ Add new section</source>
            <translation>+ Agregar nueva sección</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sections and fields you add here are shown on every client.</source>
            <translation>Las secciones y campos que añadas aquí se muestran en todos los clientes.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Not changed</source>
            <translation>No se ha cambiado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>New section</source>
            <translation>Nueva sección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name the section, then add its fields. It is shown on every client.</source>
            <translation>Ponle nombre a la sección y después añade sus campos. Se muestra en todos los clientes.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <source>Section name</source>
            <translation>Nombre de la sección</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename section</source>
            <translation>Cambiar nombre de la sección</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete the section “%1” and its %2 field(s) from every client?</source>
            <translation>¿Eliminar la sección «%1» y sus %2 campo(s) de todos los clientes?</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <location line="+45" />
            <source>%n person(s) have a value in it; those values will be deleted too. This cannot be undone.</source>
            <translation>
                <numerusform>%n persona tiene un valor en ella; ese valor también se eliminará. No se puede deshacer.</numerusform>
                <numerusform>%n personas tienen un valor en ella; esos valores también se eliminarán. No se puede deshacer.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+45" />
            <source>No one has a value in it yet.</source>
            <translation>Aún nadie tiene un valor en ella.</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Delete section</source>
            <translation>Eliminar sección</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Delete the field “%1” from every client?</source>
            <translation>¿Eliminar el campo «%1» de todos los clientes?</translation>
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
            <translation>Contacto de emergencia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit relationship with %1</source>
            <translation>Editar la relación con %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove relationship with %1</source>
            <translation>Quitar la relación con %1</translation>
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
            <translation>+ Nueva relación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Family, emergency contacts and practitioners linked to this client. Each link shows on the other person's record too.</source>
            <translation>Familia, contactos de emergencia y profesionales vinculados a este cliente. Cada vínculo aparece también en la ficha de la otra persona.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No relationships yet. Use “+ New relationship” to link a family member, an emergency contact or a practitioner.</source>
            <translation>Aún no hay relaciones. Usa «+ Nueva relación» para vincular a un familiar, un contacto de emergencia o un profesional.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Remove the relationship between %1 and %2? Neither person is deleted.</source>
            <translation>¿Quitar la relación entre %1 y %2? No se elimina a ninguna de las dos personas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not removed</source>
            <translation>No se ha quitado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove relationship</source>
            <translation>Quitar relación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove</source>
            <translation>Quitar</translation>
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
            <translation>+ Nuevo campo</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save this section</source>
            <translation>Guardar esta sección</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard the changes in this section (Esc)</source>
            <translation>Descartar los cambios de esta sección (Esc)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Section options</source>
            <translation>Opciones de la sección</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rename section…</source>
            <translation>Cambiar nombre de la sección…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move section up</source>
            <translation>Subir sección</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move section down</source>
            <translation>Bajar sección</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete section…</source>
            <translation>Eliminar sección…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Options for “%1”</source>
            <translation>Opciones de «%1»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename or edit field…</source>
            <translation>Cambiar nombre o editar el campo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>Bajar</translation>
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
            <translation>Aún no hay campos. Usa «+ Nuevo campo» para añadir el primero.</translation>
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
            <translation>Traducciones</translation>
        </message>
        <message>
            <location line="-10" />
            <source>no translations built</source>
            <translation>no hay traducciones compiladas</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+3" />
            <source>Qt translations</source>
            <translation>Traducciones de Qt</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+2" />
            <location line="+5" />
            <location line="+4" />
            <location line="+5" />
            <location line="+2" />
            <source>Drawing and icons</source>
            <translation>Dibujo e iconos</translation>
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
            <translation>ERROR</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Consulta self-check: FAILED ({n} problems)</source>
            <translation>Autocomprobación de Consulta: ERROR ({n} problemas)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consulta self-check: OK</source>
            <translation>Autocomprobación de Consulta: OK</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Consulta self-check</source>
            <translation>Autocomprobación de Consulta</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Consulta {version} self-check</source>
            <translation>Autocomprobación de Consulta {version}</translation>
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
            <translation>Configuración</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Services, email and billing settings arrive with the parts of Consulta that use them; they are not in this version yet.</source>
            <translation>Los ajustes de servicios, correo y facturación llegarán con las partes de Consulta que los usan; aún no están en esta versión.</translation>
        </message>
    </context>
    <context>
        <name>StandardFields</name>
        <message>
            <location filename="../../ui/clients/record/standard_fields.py" line="-61" />
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preferred name</source>
            <translation>Nombre preferido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pronouns</source>
            <translation>Pronombres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street (line 2)</source>
            <translation>Calle (línea 2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>Provincia/región</translation>
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
            <translation>Este espacio de trabajo ya está abierto en otra ventana de Consulta:
%1</translation>
        </message>
    </context>
    <context>
        <name>TagManagerDialog</name>
        <message>
            <location filename="../../ui/clients/tag_manager_dialog.py" line="+36" />
            <source>Manage tags</source>
            <translation>Gestionar etiquetas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tags group clients your way: a service, a referral source, a fee arrangement. A client can carry several.</source>
            <translation>Las etiquetas agrupan a los clientes a tu manera: un servicio, una fuente de derivación, un acuerdo de tarifas. Un cliente puede llevar varias.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;New…</source>
            <translation>&amp;Nueva…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Rename…</source>
            <translation>Cambiar &amp;nombre…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Color…</source>
            <translation>&amp;Color…</translation>
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
            <translation>Nueva etiqueta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of the new tag:</source>
            <translation>Nombre de la nueva etiqueta:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rename tag</source>
            <translation>Cambiar nombre de la etiqueta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation>Nombre nuevo:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tag color</source>
            <translation>Color de la etiqueta</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Delete the tag “%1”? %n client(s) carry it; they keep everything else, only the tag goes.</source>
            <translation>
                <numerusform>¿Eliminar la etiqueta «%1»? La lleva %n cliente; conserva todo lo demás, solo se quita la etiqueta.</numerusform>
                <numerusform>¿Eliminar la etiqueta «%1»? La llevan %n clientes; conservan todo lo demás, solo se quita la etiqueta.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the tag “%1”? No client carries it.</source>
            <translation>¿Eliminar la etiqueta «%1»? Ningún cliente la lleva.</translation>
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
            <translation>Elige o escribe una relación</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ui/workspace/unlock_dialog.py" line="+47" />
            <source>Unlock workspace</source>
            <translation>Desbloquear espacio de trabajo</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>Consulta is locked</source>
            <translation>Consulta está bloqueado</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Unlock your workspace</source>
            <translation>Desbloquea tu espacio de trabajo</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember on this computer</source>
            <translation>Recordar en este ordenador</translation>
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
            <translation>Salir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open another workspace…</source>
            <translation>Abrir otro espacio de trabajo…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Workspace: %1</source>
            <translation>Espacio de trabajo: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open a workspace</source>
            <translation>Abrir un espacio de trabajo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta workspaces (*%1);;All files (*)</source>
            <translation>Espacios de trabajo de Consulta (*%1);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unlocking…</source>
            <translation>Desbloqueando…</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The workspace could not be opened: %1</source>
            <translation>No se pudo abrir el espacio de trabajo: %1</translation>
        </message>
    </context>
</TS>
