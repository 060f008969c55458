<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ActionStrip</name>
        <message>
            <location filename="../../ui/clients/record/client_invoices_table.py" line="+283" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Más acciones</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <location filename="../../ui/documentation/addenda_view.py" line="+161" />
            <location line="+17" />
            <source>Add addendum</source>
            <translation>Añadir adenda</translation>
        </message>
        <message>
            <location line="-13" />
            <source>The addendum is dated and signed, and shown under the note. The note itself stays exactly as it was completed.</source>
            <translation>La adenda queda fechada y firmada, y se muestra debajo de la nota. La nota en sí se queda exactamente como se completó.</translation>
        </message>
    </context>
    <context>
        <name>AddressEditor</name>
        <message>
            <location filename="../../ui/clients/record/field_editors.py" line="+171" />
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
        <name>AddressFields</name>
        <message>
            <location filename="../../ui/mail/address_fields.py" line="+75" />
            <source>name@example.com, another@example.com</source>
            <translation>nombre@ejemplo.com, otro@ejemplo.com</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cc</source>
            <translation>CC</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Cc recipients</source>
            <translation>Añadir destinatarios en copia (CC)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bcc</source>
            <translation>CCO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Bcc recipients: the others do not see them</source>
            <translation>Añadir destinatarios en copia oculta (CCO): los demás no los ven</translation>
        </message>
        <message>
            <location line="+9" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;To</source>
            <translation>&amp;Para</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cc</source>
            <translation>&amp;CC</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Bcc</source>
            <translation>CC&amp;O</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Subject</source>
            <translation>&amp;Asunto</translation>
        </message>
    </context>
    <context>
        <name>AppointmentActions</name>
        <message>
            <location filename="../../ui/appointments/appointment_actions.py" line="+40" />
            <source>Could not change the appointment</source>
            <translation>No se pudo cambiar la cita</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rebook</source>
            <translation>Volver a reservar</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Delete appointment</source>
            <translation>Eliminar cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the appointment of %1 on %2? Use this for a booking made by mistake; to keep a record that it was called off, cancel it instead.</source>
            <translation>¿Eliminar la cita de %1 (%2)? Hazlo con una cita reservada por error; para dejar constancia de que se anuló, cancélala.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Mark %n past appointment(s) that are still scheduled as completed?</source>
            <translation>
                <numerusform>¿Marcar como completada %n cita pasada que sigue programada?</numerusform>
                <numerusform>¿Marcar como completadas %n citas pasadas que siguen programadas?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark as completed</source>
            <translation>Marcar como completada</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+114" />
            <source>Mark completed</source>
            <translation>Marcar como completada</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Open client record</source>
            <translation>Abrir la ficha del cliente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create invoice</source>
            <translation>Crear factura</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Already on an invoice.</source>
            <translation>Ya está en una factura.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices come with the Billing part of Consulta.</source>
            <translation>Las facturas llegan con la parte de Facturación de Consulta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create note</source>
            <translation>Crear nota</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes come with the Documentation part of Consulta.</source>
            <translation>Las notas llegan con la parte de Documentación de Consulta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rebook…</source>
            <translation>Volver a reservar…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reschedule…</source>
            <translation>Reprogramar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel appointment…</source>
            <translation>Cancelar cita…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mark no-show</source>
            <translation>Marcar que no asistió</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Possible once the appointment has started.</source>
            <translation>Posible una vez empezada la cita.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore appointment</source>
            <translation>Restaurar cita</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to scheduled</source>
            <translation>Volver a «Programada»</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
    </context>
    <context>
        <name>AppointmentTableModel</name>
        <message>
            <location filename="../../ui/clients/record/appointment_list.py" line="+86" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Video</source>
            <translation>Videollamada</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancelled: %1</source>
            <translation>Cancelada: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invoiced</source>
            <translation>Facturada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This appointment is on an invoice.</source>
            <translation>Esta cita está en una factura.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes are linked to this appointment (Documentation tab).</source>
            <translation>Hay notas vinculadas a esta cita (pestaña Documentación).</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Actions for this appointment</source>
            <translation>Acciones para esta cita</translation>
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
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>on the server</source>
            <translation>en el servidor</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+37" />
            <source>Download</source>
            <translation>Descargar</translation>
        </message>
        <message>
            <location line="-36" />
            <source>This attachment is too large to be kept automatically. Download it from the server into this workspace.</source>
            <translation>Este adjunto es demasiado grande para guardarlo automáticamente. Descárgalo del servidor a este espacio de trabajo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save a copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copy saved: %1</source>
            <translation>Copia guardada: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Downloading…</source>
            <translation>Descargando…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not downloaded</source>
            <translation>No se ha descargado</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPreview</name>
        <message>
            <location line="-123" />
            <source>This picture cannot be shown here. Save a copy to open it in another program.</source>
            <translation>Esta imagen no se puede mostrar aquí. Guarda una copia para abrirla en otro programa.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save a copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>AttachmentRow</name>
        <message>
            <location filename="../../ui/mail/compose_parts.py" line="+92" />
            <source>Remove %1</source>
            <translation>Quitar %1</translation>
        </message>
    </context>
    <context>
        <name>AttachmentText</name>
        <message>
            <location filename="../../ui/mail/attachments.py" line="-57" />
            <source>Download the attachment from the server first.</source>
            <translation>Descarga primero el adjunto del servidor.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The copy was not saved</source>
            <translation>No se ha guardado la copia</translation>
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
        <name>BillingArea</name>
        <message>
            <location filename="../../ui/billing/billing_area.py" line="+123" />
            <source>Billing</source>
            <translation>Facturación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exportar CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the invoices shown, with the filters applied, as a spreadsheet file</source>
            <translation>Guarda las facturas mostradas, con los filtros aplicados, en un archivo de hoja de cálculo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ New invoice</source>
            <translation>+ Nueva factura</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+68" />
            <source>No invoices yet</source>
            <translation>Aún no hay facturas</translation>
        </message>
        <message numerus="yes">
            <location line="-11" />
            <source>%n invoice(s) shown</source>
            <translation>
                <numerusform>%n factura mostrada</numerusform>
                <numerusform>%n facturas mostradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n draft(s), not in the totals</source>
            <translation>
                <numerusform>%n borrador, fuera de los totales</numerusform>
                <numerusform>%n borradores, fuera de los totales</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Invoices for all your clients show here. Create one with + New invoice, from a client’s Billing tab, or from a completed appointment’s ⋮ menu.</source>
            <translation>Aquí aparecen las facturas de todos tus clientes. Crea una con + Nueva factura, desde la pestaña Facturación de un cliente o desde el menú ⋮ de una cita completada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No invoices match these filters</source>
            <translation>Ninguna factura coincide con estos filtros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose another status or period to see more.</source>
            <translation>Elige otro estado u otro periodo para ver más.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drafts have no date until they are issued, so a date range leaves them out. Choose All time to see them.</source>
            <translation>Los borradores no tienen fecha hasta que se emiten, así que un intervalo de fechas los deja fuera. Elige «Todas las fechas» para verlos.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>New invoice</source>
            <translation>Nueva factura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the client to invoice. The invoice starts as a draft you can edit until you issue it.</source>
            <translation>Elige el cliente al que facturar. La factura empieza como un borrador que puedes editar hasta emitirla.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Open client: %1</source>
            <translation>Abrir cliente: %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Export invoices</source>
            <translation>Exportar facturas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The file could not be written: %1</source>
            <translation>No se pudo escribir el archivo: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exported %n invoice(s) to %1</source>
            <translation>
                <numerusform>Se ha exportado %n factura a %1</numerusform>
                <numerusform>Se han exportado %n facturas a %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BillingFilters</name>
        <message>
            <location filename="../../ui/billing/billing_filters.py" line="+101" />
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Drafts</source>
            <translation>Borradores</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Pendientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>Vencidas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid</source>
            <translation>Pagadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Anuladas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Credit notes</source>
            <translation>Notas de crédito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued and not fully paid, overdue or not</source>
            <translation>Emitidas y no pagadas del todo, vencidas o no</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not fully paid and past the due date</source>
            <translation>No pagadas del todo y con el vencimiento pasado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not issued yet: drafts have no date, so a date range leaves them out</source>
            <translation>Aún sin emitir: los borradores no tienen fecha, así que un intervalo de fechas los deja fuera</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All time</source>
            <translation>Todas las fechas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last month</source>
            <translation>El mes pasado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This year</source>
            <translation>Este año</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chosen dates</source>
            <translation>Fechas elegidas</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+3" />
            <source>any</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Issued from</source>
            <translation>Emitidas desde</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issued until</source>
            <translation>Emitidas hasta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fro&amp;m</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;to</source>
            <translation>&amp;hasta</translation>
        </message>
    </context>
    <context>
        <name>BillingSettingsPage</name>
        <message>
            <location filename="../../ui/settings/billing_page.py" line="+86" />
            <source>Billing</source>
            <translation>Facturación</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tax / registration no.</source>
            <translation>NIF / n.º de registro</translation>
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
            <source>Logo</source>
            <translation>Logotipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment terms</source>
            <translation>Plazo de pago</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tax rates</source>
            <translation>Tipos de IVA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice numbers</source>
            <translation>Números de factura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit-note numbers</source>
            <translation>Números de nota de crédito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt numbers</source>
            <translation>Números de recibo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment instructions</source>
            <translation>Instrucciones de pago</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Footer</source>
            <translation>Pie de página</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What your invoices, credit notes and receipts show. Changes are saved as you make them; invoices already issued keep what they were issued with.</source>
            <translation>Lo que muestran tus facturas, notas de crédito y recibos. Los cambios se guardan al hacerlos; las facturas ya emitidas conservan lo que tenían al emitirse.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change in General</source>
            <translation>Cambiar en General</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Printed beside your address</source>
            <translation>Se imprime junto a tu dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street, postal code and city, country</source>
            <translation>Calle, código postal y ciudad, país</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Bank transfer to IBAN PT50 0000 0000 0000 0000 0000 0</source>
            <translation>p. ej., Transferencia bancaria al IBAN ES00 0000 0000 0000 0000 0000</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. VAT exempt under article 9 of the VAT Code</source>
            <translation>p. ej., Exento de IVA según el artículo 20 de la Ley del IVA</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Printed at the top of invoices and receipts. A PNG image of up to 2 MB.</source>
            <translation>Se imprime en la parte superior de facturas y recibos. Una imagen PNG de hasta 2 MB.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>New invoices, and drafts when they are issued, use this currency; issued ones keep theirs.</source>
            <translation>Las facturas nuevas, y los borradores al emitirse, usan esta moneda; las emitidas conservan la suya.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Due on the issue date</source>
            <translation>Vence en la fecha de emisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <location line="+13" />
            <source>after the issue date</source>
            <translation>después de la fecha de emisión</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Offered on invoice lines. Each service has its own rate too (Services above).</source>
            <translation>Se ofrecen en las líneas de factura. Cada servicio tiene además su propio tipo (Servicios, más arriba).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{year} is the year of the issue date and {seq} the running count; {seq:04} writes it with four digits (0007). Numbers run on across years and are never reused.</source>
            <translation>{year} es el año de la fecha de emisión y {seq} el contador; {seq:04} lo escribe con cuatro cifras (0007). Los números continúan de un año a otro y nunca se reutilizan.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Letterhead</source>
            <translation>Membrete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Practice name</source>
            <translation>Nombre de la consulta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Money</source>
            <translation>Importes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Numbering</source>
            <translation>Numeración</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printed below the invoice</source>
            <translation>Al pie de la factura</translation>
        </message>
        <message>
            <location line="+45" />
            <location line="+81" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Next number: %1</source>
            <translation>Próximo número: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. %1</source>
            <translation>Guardado. %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Choose a currency from the list.</source>
            <translation>Elige una moneda de la lista.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved: new invoices are in %1.</source>
            <translation>Guardado: las facturas nuevas van en %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Saved: new invoices are due %n day(s) after they are issued.</source>
            <translation>
                <numerusform>Guardado: las facturas nuevas vencen %n día después de emitirse.</numerusform>
                <numerusform>Guardado: las facturas nuevas vencen %n días después de emitirse.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved: new invoices are due on their issue date.</source>
            <translation>Guardado: las facturas nuevas vencen en su fecha de emisión.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Choose a logo</source>
            <translation>Elegir un logotipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The file could not be read: %1</source>
            <translation>No se pudo leer el archivo: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This PNG image could not be read. Choose another one, or save it again from an image editor.</source>
            <translation>No se pudo leer esta imagen PNG. Elige otra, o vuelve a guardarla desde un editor de imágenes.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved: %1 is printed on new invoices and receipts.</source>
            <translation>Guardado: %1 se imprime en las facturas y recibos nuevos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Logo removed: new invoices and receipts have none.</source>
            <translation>Logotipo quitado: las facturas y recibos nuevos no llevan ninguno.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Settings → Billing: %1</source>
            <translation>Configuración → Facturación: %1</translation>
        </message>
    </context>
    <context>
        <name>BillingSummaryStrip</name>
        <message>
            <location filename="../../ui/clients/record/billing_summary.py" line="+41" />
            <source>Total billed</source>
            <translation>Total facturado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Cobrado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outstanding</source>
            <translation>Pendiente de cobro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit</source>
            <translation>Saldo a favor</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n factura</numerusform>
                <numerusform>%n facturas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n draft(s) not issued</source>
            <translation>
                <numerusform>%n borrador sin emitir</numerusform>
                <numerusform>%n borradores sin emitir</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>All invoices paid</source>
            <translation>Todas las facturas pagadas</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n invoice(s) past due</source>
            <translation>
                <numerusform>%n factura vencida</numerusform>
                <numerusform>%n facturas vencidas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>paid in advance or beyond what was owed</source>
            <translation>pagado por adelantado o de más</translation>
        </message>
    </context>
    <context>
        <name>BillingTab</name>
        <message>
            <location filename="../../ui/clients/record/billing_tab.py" line="+80" />
            <source>Invoice completed appointments…</source>
            <translation>Facturar citas completadas…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record payment…</source>
            <translation>Registrar pago…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+ New invoice</source>
            <translation>+ Nueva factura</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No invoices for this client yet. Create one with + New invoice, or from their completed appointments.</source>
            <translation>Aún no hay facturas para este cliente. Crea una con + Nueva factura, o a partir de sus citas completadas.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No payments received yet.</source>
            <translation>Aún no se ha recibido ningún pago.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Invoices (%1)</source>
            <translation>Facturas (%1)</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n completed appointment(s) not invoiced yet</source>
            <translation>
                <numerusform>%n cita completada aún sin facturar</numerusform>
                <numerusform>%n citas completadas aún sin facturar</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>No completed appointment is waiting for an invoice.</source>
            <translation>Ninguna cita completada está pendiente de facturar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payments (%1)</source>
            <translation>Pagos (%1)</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Saved %1 in %2</source>
            <translation>%1 guardado en %2</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <location filename="../../ui/appointments/booking_dialog.py" line="+63" />
            <source>Edit appointment</source>
            <translation>Editar cita</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Book appointment</source>
            <translation>Reservar cita</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No service</source>
            <translation>Sin servicio</translation>
        </message>
        <message>
            <location line="+15" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+4" />
            <source>for</source>
            <translation>durante</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Video</source>
            <translation>Videollamada</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Does not repeat</source>
            <translation>No se repite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every week</source>
            <translation>Cada semana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every two weeks</source>
            <translation>Cada dos semanas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every month</source>
            <translation>Cada mes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After</source>
            <translation>Después de</translation>
        </message>
        <message>
            <location line="+4" />
            <source> appointments</source>
            <translation> citas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until</source>
            <translation>Hasta el</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Only you see this note.</source>
            <translation>Solo tú ves esta nota.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Service</source>
            <translation>&amp;Servicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>W&amp;here</source>
            <translation>&amp;Dónde</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Repeat</source>
            <translation>&amp;Repetir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Private &amp;note</source>
            <translation>&amp;Nota privada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+125" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="-125" />
            <location line="+125" />
            <source>Book</source>
            <translation>Reservar</translation>
        </message>
        <message>
            <location line="-118" />
            <source>More actions</source>
            <translation>Más acciones</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Phone number to call</source>
            <translation>Número al que llamar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address or room</source>
            <translation>Dirección o sala</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 on %2, %3</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This overlaps another appointment: %1.</source>
            <translation>Se solapa con otra cita: %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>And %n more.</source>
            <translation>
                <numerusform>Y %n más.</numerusform>
                <numerusform>Y %n más.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can still book it if that is intended.</source>
            <translation>Puedes reservarla igualmente si es lo que quieres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save anyway</source>
            <translation>Guardar de todos modos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Book anyway</source>
            <translation>Reservar de todos modos</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Repeating appointment</source>
            <translation>Cita periódica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This appointment is part of a series. Change only this one, or this one and all the following ones?</source>
            <translation>Esta cita forma parte de una serie. ¿Cambiar solo esta, o esta y todas las siguientes?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only this one</source>
            <translation>Solo esta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This and following</source>
            <translation>Esta y las siguientes</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../ui/calendar/painting.py" line="+78" />
            <source>Click to open · double-click for the client · right-click for more</source>
            <translation>Clic para abrir · doble clic para el cliente · clic derecho para más</translation>
        </message>
    </context>
    <context>
        <name>CalendarArea</name>
        <message>
            <location filename="../../ui/calendar/calendar_area.py" line="+71" />
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export .ics…</source>
            <translation>Exportar .ics…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upcoming appointments as a file for your phone's calendar</source>
            <translation>Las próximas citas en un archivo para el calendario de tu móvil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Book appointment</source>
            <translation>Reservar cita</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to today (T)</source>
            <translation>Ir a hoy (T)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous (Left arrow or Page Up)</source>
            <translation>Anterior (flecha izquierda o Re Pág)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next (Right arrow or Page Down)</source>
            <translation>Siguiente (flecha derecha o Av Pág)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Day view (D)</source>
            <translation>Vista de día (D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Week view (W)</source>
            <translation>Vista de semana (W)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Month view (M)</source>
            <translation>Vista de mes (M)</translation>
        </message>
        <message numerus="yes">
            <location line="+167" />
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n cita</numerusform>
                <numerusform>%n citas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n past appointment(s) still marked scheduled: mark completed…</source>
            <translation>
                <numerusform>%n cita pasada aún programada: marcarla como completada…</numerusform>
                <numerusform>%n citas pasadas aún programadas: marcarlas como completadas…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+55" />
            <source>Calendar exported</source>
            <translation>Calendario exportado</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Exported %n appointment(s) to:</source>
            <translation>
                <numerusform>Se ha exportado %n cita a:</numerusform>
                <numerusform>Se han exportado %n citas a:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../ui/appointments/appointment_actions.py" line="-116" />
            <location line="+27" />
            <source>Cancel appointment</source>
            <translation>Cancelar cita</translation>
        </message>
        <message>
            <location line="-22" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancelled by the client</source>
            <translation>Cancelada por el cliente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancelled by me</source>
            <translation>Cancelada por mí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Illness</source>
            <translation>Enfermedad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rescheduled</source>
            <translation>Reprogramada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only this appointment</source>
            <translation>Solo esta cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This and all following in the series</source>
            <translation>Esta y todas las siguientes de la serie</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which</source>
            <translation>Cuáles</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep appointment</source>
            <translation>Mantener la cita</translation>
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
        <name>CheckPage</name>
        <message>
            <location filename="../../ui/transfer/import_check_page.py" line="+191" />
            <source>Checking every row…</source>
            <translation>Comprobando todas las filas…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save rejected rows…</source>
            <translation>Guardar filas rechazadas…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A CSV of these rows with what is wrong in each, to fix and import again</source>
            <translation>Un CSV con estas filas y lo que falla en cada una, para corregirlas e importarlas de nuevo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>These rows are left out. Fix them in the file, or save them apart and import them again later.</source>
            <translation>Estas filas se quedan fuera. Corrígelas en el archivo, o guárdalas aparte e impórtalas de nuevo más tarde.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Skip all</source>
            <translation>Omitir todos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import all anyway</source>
            <translation>Importar todos igualmente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Update all existing</source>
            <translation>Actualizar todos los existentes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Skipped rows are not imported. “Update” writes what the row has onto the existing person.</source>
            <translation>Las filas omitidas no se importan. «Actualizar» escribe lo que tiene la fila sobre la persona existente.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Cannot be imported (%1)</source>
            <translation>No importables (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Possible duplicates (%1)</source>
            <translation>Posibles duplicados (%1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New custom fields: %1</source>
            <translation>Nuevos campos personalizados: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New tags: %1</source>
            <translation>Nuevas etiquetas: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+45" />
            <source>%n new contact(s) will be created</source>
            <translation>
                <numerusform>Se creará %n contacto nuevo</numerusform>
                <numerusform>Se crearán %n contactos nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n new client(s) will be created</source>
            <translation>
                <numerusform>Se creará %n cliente nuevo</numerusform>
                <numerusform>Se crearán %n clientes nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n existing contact(s) updated</source>
            <translation>
                <numerusform>Se actualizará %n contacto existente</numerusform>
                <numerusform>Se actualizarán %n contactos existentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n existing client(s) updated</source>
            <translation>
                <numerusform>Se actualizará %n cliente existente</numerusform>
                <numerusform>Se actualizarán %n clientes existentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) cannot be imported</source>
            <translation>
                <numerusform>%n fila no se puede importar</numerusform>
                <numerusform>%n filas no se pueden importar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n possible duplicate(s)</source>
            <translation>
                <numerusform>%n posible duplicado</numerusform>
                <numerusform>%n posibles duplicados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckText</name>
        <message>
            <location line="-312" />
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import anyway</source>
            <translation>Importar igualmente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update the existing one</source>
            <translation>Actualizar el existente</translation>
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
            <source>Book appointment…</source>
            <translation>Reservar cita…</translation>
        </message>
        <message>
            <location line="+4" />
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
            <location line="+36" />
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
            <location line="+2" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add clients from a CSV file</source>
            <translation>Añadir clientes desde un archivo CSV</translation>
        </message>
        <message>
            <location line="+11" />
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
            <location line="+86" />
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
        <name>ClientPicker</name>
        <message>
            <location filename="../../ui/appointments/client_picker.py" line="+20" />
            <source>Type a client's name, email or phone</source>
            <translation>Escribe el nombre, correo o teléfono de un cliente</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No client matches “%1”.</source>
            <translation>Ningún cliente coincide con «%1».</translation>
        </message>
    </context>
    <context>
        <name>ClientRecordView</name>
        <message>
            <location filename="../../ui/clients/record/record_view.py" line="+83" />
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
            <location line="+5" />
            <source>Book appointment…</source>
            <translation>Reservar cita…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export client record…</source>
            <translation>Exportar ficha del cliente…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Más acciones</translation>
        </message>
        <message>
            <location line="+27" />
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
            <location line="+2" />
            <source>Documentation</source>
            <translation>Documentación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inbox</source>
            <translation>Bandeja de entrada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Billing</source>
            <translation>Facturación</translation>
        </message>
        <message>
            <location line="+31" />
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
            <location line="+31" />
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
            <location line="+32" />
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
            <location filename="../../ui/models/client_table_model.py" line="+36" />
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
        <name>ColumnsPage</name>
        <message>
            <location filename="../../ui/transfer/import_columns_page.py" line="+85" />
            <source>Say where each column of the file goes. Columns were matched by their names: check them, and pick “Do not import” for what you do not need.</source>
            <translation>Indica adónde va cada columna del archivo. Las columnas se han asociado por su nombre: revísalas y elige «No importar» en las que no necesites.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save mapping…</source>
            <translation>Guardar correspondencia…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember these choices to use them for the next file</source>
            <translation>Recordar estas opciones para usarlas con el próximo archivo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved mappings:</source>
            <translation>Correspondencias guardadas:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No column is imported as a name. Every person needs a first or a last name: choose the column that holds it, or every row will be refused.</source>
            <translation>Ninguna columna se importa como nombre. Cada persona necesita un nombre o unos apellidos: elige la columna que los contiene o se rechazarán todas las filas.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Column in the file</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Examples</source>
            <translation>Ejemplos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dates written as</source>
            <translation>Fechas escritas como</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import “%1” as</source>
            <translation>Importar «%1» como</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Year-month-day (2024-12-31)</source>
            <translation>Año-mes-día (2024-12-31)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day first (31/12/2024)</source>
            <translation>Día primero (31/12/2024)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month first (12/31/2024)</source>
            <translation>Mes primero (12/31/2024)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Both orders fit every date here: check</source>
            <translation>Los dos órdenes encajan con todas estas fechas: revísalo</translation>
        </message>
        <message>
            <location line="+48" />
            <source>New custom field…</source>
            <translation>Nuevo campo personalizado…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New field: %1 (%2)</source>
            <translation>Campo nuevo: %1 (%2)</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Choose one…</source>
            <translation>Elige uno…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>None saved yet</source>
            <translation>Ninguna guardada aún</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Using the mapping “%1”.</source>
            <translation>Usando la correspondencia «%1».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save mapping</source>
            <translation>Guardar correspondencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give these choices a name. The next time, pick it under “Saved mappings” and columns with the same names are set the same way.</source>
            <translation>Ponles un nombre a estas opciones. La próxima vez, elígelo en «Correspondencias guardadas» y las columnas con los mismos nombres se configurarán igual.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Mapping “%1” saved.</source>
            <translation>Correspondencia «%1» guardada.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../ui/mail/composer.py" line="+106" />
            <location line="+150" />
            <source>New message</source>
            <translation>Mensaje nuevo</translation>
        </message>
        <message>
            <location line="-140" />
            <source>Open email settings</source>
            <translation>Abrir la configuración del correo</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Attach files…</source>
            <translation>Adjuntar archivos…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Formatting</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bold, lists, headings and links. Turn it off to send plain text (the formatting is removed).</source>
            <translation>Negrita, listas, títulos y enlaces. Desactívalo para enviar texto sin formato (se quita el formato).</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+285" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="-283" />
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Send (Ctrl+Enter)</source>
            <translation>Enviar (Ctrl+Intro)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Filed to %1</source>
            <translation>Se archiva en la ficha de %1</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+271" />
            <source>Reply</source>
            <translation>Responder</translation>
        </message>
        <message>
            <location line="-185" />
            <source>Attach files</source>
            <translation>Adjuntar archivos</translation>
        </message>
        <message>
            <location line="+15" />
            <source>“%1” could not be read: %2</source>
            <translation>No se pudo leer «%1»: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The attachments add up to %1. Many email servers refuse messages this large; a link to a shared folder may reach the client more surely.</source>
            <translation>Los adjuntos suman %1. Muchos servidores de correo rechazan mensajes tan grandes; un enlace a una carpeta compartida puede llegar al cliente con más seguridad.</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Sending “%1”…</source>
            <translation>Enviando «%1»…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the Outbox</source>
            <translation>En la bandeja de salida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your message is in the Outbox. It is sent as soon as Consulta is connected to your email server.</source>
            <translation>Tu mensaje está en la bandeja de salida. Se enviará en cuanto Consulta se conecte a tu servidor de correo.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>An email not yet sent: “%1”</source>
            <translation>Un correo aún sin enviar: «%1»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An email not yet sent</source>
            <translation>Un correo aún sin enviar</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Discard message</source>
            <translation>Descartar mensaje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard this message? It has not been sent.</source>
            <translation>¿Descartar este mensaje? No se ha enviado.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Reply all</source>
            <translation>Responder a todos</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Forward</source>
            <translation>Reenviar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not attached, still on the email server: %1. Open the message and fetch them first to forward them.</source>
            <translation>No adjuntados, siguen en el servidor de correo: %1. Abre el mensaje y descárgalos primero para reenviarlos.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionResult</name>
        <message>
            <location filename="../../ui/settings/email_fields.py" line="+169" />
            <source>Finding the server (DNS)</source>
            <translation>Encontrar el servidor (DNS)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connecting</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Security certificate (TLS)</source>
            <translation>Certificado de seguridad (TLS)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logging in</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server features</source>
            <translation>Funciones del servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server answer</source>
            <translation>Respuesta del servidor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Testing the connection…</source>
            <translation>Probando la conexión…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Incoming mail (IMAP)</source>
            <translation>Correo entrante (IMAP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>connected and logged in; the inbox opens.</source>
            <translation>conectado y con sesión iniciada; la bandeja de entrada se abre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outgoing mail (SMTP)</source>
            <translation>Correo saliente (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>connected and logged in; ready to send.</source>
            <translation>conectado y con sesión iniciada; listo para enviar.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>✗ failed at “%1”</source>
            <translation>✗ falló en «%1»</translation>
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
            <location filename="../../ui/contacts/contact_profile_view.py" line="+41" />
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
            <location line="+2" />
            <source>Export contact record…</source>
            <translation>Exportar ficha del contacto…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Más acciones</translation>
        </message>
        <message>
            <location line="+22" />
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
            <location line="+11" />
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
            <location line="+3" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add contacts from a CSV file</source>
            <translation>Añadir contactos desde un archivo CSV</translation>
        </message>
        <message>
            <location line="+9" />
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
            <location line="+32" />
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
            <location filename="../../app/services/people.py" line="+192" />
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
            <location filename="../../app/services/forms.py" line="+38" />
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
            <location filename="../../app/services/forms.py" line="+3" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/services/forms.py" line="-2" />
            <source>Single choice</source>
            <translation>Opción única</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/services/forms.py" line="+1" />
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
            <location filename="../../app/transfer/csv_mapping.py" line="+59" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/transfer/csv_mapping.py" line="+1" />
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
            <location filename="../../app/transfer/csv_mapping.py" line="+295" />
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
            <location line="+98" />
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
            <location filename="../../app/services/people.py" line="-158" />
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
            <location filename="../../app/mail/account.py" line="+159" />
            <source>Enter the server name.</source>
            <translation>Escribe el nombre del servidor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a port between 1 and 65535.</source>
            <translation>Escribe un puerto entre 1 y 65535.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose TLS or STARTTLS.</source>
            <translation>Elige TLS o STARTTLS.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no certificate file at “{path}”.</source>
            <translation>No hay ningún archivo de certificado en «{path}».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter a size between 1 and 1024 MB.</source>
            <translation>Escribe un tamaño entre 1 y 1024 MB.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This field is required.</source>
            <translation>Este campo es obligatorio.</translation>
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
            <translation>Esta ficha ya no existe.</translation>
        </message>
        <message>
            <location line="+168" />
            <source>Logged in to {host}, but its inbox could not be opened: {reason}</source>
            <translation>Se ha iniciado sesión en {host}, pero no se pudo abrir su bandeja de entrada: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/people.py" line="+37" />
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
            <location filename="../../app/services/practice.py" line="+83" />
            <source>“{value}” is not a time zone: choose one from the list, like Europe/Lisbon.</source>
            <translation>«{value}» no es una zona horaria: elige una de la lista, como Europe/Madrid.</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../../app/workspace.py" line="+340" />
            <source>Please give your practice a name.</source>
            <translation>Ponle un nombre a tu consulta.</translation>
        </message>
        <message>
            <location filename="../../app/mail/account.py" line="-200" />
            <location filename="../../app/services/practice.py" line="+10" />
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
            <location filename="../../app/services/payments.py" line="+42" />
            <source>Cash</source>
            <translation>Efectivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank transfer</source>
            <translation>Transferencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance</source>
            <translation>Seguro</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/services/relationships.py" line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+97" />
            <source>That invoice belongs to another client.</source>
            <translation>Esa factura es de otro cliente.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A credit note is not paid: it cancels an invoice.</source>
            <translation>Una nota de crédito no se paga: anula una factura.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A draft cannot be paid: issue the invoice first.</source>
            <translation>Un borrador no se puede pagar: emite antes la factura.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This invoice is cancelled. Record the payment without an invoice to keep it as the client's credit.</source>
            <translation>Esta factura está anulada. Registra el pago sin factura para dejarlo como saldo a favor del cliente.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This invoice is already paid. Record the payment without an invoice to keep it as the client's credit.</source>
            <translation>Esta factura ya está pagada. Registra el pago sin factura para dejarlo como saldo a favor del cliente.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Enter an amount greater than zero.</source>
            <translation>Escribe un importe mayor que cero.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose how it was paid.</source>
            <translation>Elige cómo se pagó.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A payment cannot be dated in the future.</source>
            <translation>Un pago no puede tener una fecha futura.</translation>
        </message>
        <message>
            <location line="+34" />
            <location line="+15" />
            <source>This payment no longer exists.</source>
            <translation>Este pago ya no existe.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Enter the expiry as a month (1–12) and a year, like 08/2027.</source>
            <translation>Escribe la caducidad como mes (1–12) y año, por ejemplo 08/2027.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Choose a card or a bank account.</source>
            <translation>Elige una tarjeta o una cuenta bancaria.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter only the last 4 digits of the card.</source>
            <translation>Escribe solo los últimos 4 dígitos de la tarjeta.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the bank account a label, like “Joint account, Caixa”.</source>
            <translation>Ponle un nombre a la cuenta bancaria, por ejemplo «Cuenta conjunta, CaixaBank».</translation>
        </message>
        <message>
            <location line="+28" />
            <source>This payment method no longer exists.</source>
            <translation>Este método de pago ya no existe.</translation>
        </message>
        <message>
            <location filename="../../app/services/relationships.py" line="+32" />
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
            <location filename="../../app/services/invoice_records.py" line="+210" />
            <source>This invoice no longer exists.</source>
            <translation>Esta factura ya no existe.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Enter a percentage between 0 and 100.</source>
            <translation>Escribe un porcentaje entre 0 y 100.</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../../ui/billing/invoice_lines_table.py" line="+328" />
            <source>The quantity must be more than 0 (up to 4 decimals).</source>
            <translation>La cantidad debe ser mayor que 0 (con 4 decimales como máximo).</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../ui/billing/invoice_lines_table.py" line="+7" />
            <source>The unit price is too large.</source>
            <translation>El precio unitario es demasiado alto.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/services/invoices.py" line="+251" />
            <location filename="../../app/services/validation.py" line="+12" />
            <location filename="../../app/transfer/csv_import.py" line="+283" />
            <source>“{value}” is not a valid date.</source>
            <translation>«{value}» no es una fecha válida.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>That appointment does not belong to this client.</source>
            <translation>Esa cita no es de este cliente.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This appointment is already on invoice {number}. Cancel that invoice with a credit note first to invoice it again.</source>
            <translation>Esta cita ya está en la factura {number}. Para volver a facturarla, anula antes esa factura con una nota de crédito.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This appointment is already on a draft invoice: finish or delete that draft first.</source>
            <translation>Esta cita ya está en un borrador de factura: termina o elimina antes ese borrador.</translation>
        </message>
        <message>
            <location filename="../../app/services/validation.py" line="+11" />
            <location line="+4" />
            <location filename="../../ui/money_text.py" line="+101" />
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
            <location filename="../../app/workspace.py" line="-76" />
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
            <location line="+87" />
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
        <message>
            <location filename="../../app/services/appointments.py" line="+46" />
            <source>Scheduled</source>
            <translation>Programada</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/services/documentation.py" line="-12" />
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>No asistió</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Choose a date and a start time.</source>
            <translation>Elige una fecha y una hora de inicio.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../app/services/service_catalog.py" line="+143" />
            <source>The duration must be between {min} and {max} minutes.</source>
            <translation>La duración debe estar entre {min} y {max} minutos.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/services/invoice_records.py" line="-34" />
            <location filename="../../app/services/service_catalog.py" line="+63" />
            <location line="+77" />
            <source>That service no longer exists.</source>
            <translation>Ese servicio ya no existe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where the appointment takes place.</source>
            <translation>Elige dónde tiene lugar la cita.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A video link starts with https:// (copy it from your video service).</source>
            <translation>Un enlace de videollamada empieza por https:// (cópialo de tu servicio de vídeo).</translation>
        </message>
        <message>
            <location line="+34" />
            <source>This appointment no longer exists.</source>
            <translation>Esta cita ya no existe.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>Give a reason for the cancellation.</source>
            <translation>Indica el motivo de la cancelación.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only a scheduled appointment can be cancelled.</source>
            <translation>Solo se puede cancelar una cita programada.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>An appointment that has not started yet cannot be marked completed or no-show.</source>
            <translation>Una cita que aún no ha empezado no se puede marcar como completada ni como no asistida.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>This appointment has an invoice or notes; cancel it instead of deleting it.</source>
            <translation>Esta cita tiene una factura o notas; cancélala en lugar de eliminarla.</translation>
        </message>
        <message>
            <location filename="../../app/services/billing_settings.py" line="+49" />
            <source>The logo must be a PNG image.</source>
            <translation>El logotipo debe ser una imagen PNG.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The logo is too large: choose an image under 2 MB.</source>
            <translation>El logotipo es demasiado grande: elige una imagen de menos de 2 MB.</translation>
        </message>
        <message>
            <location filename="../../app/services/card_safety.py" line="+29" />
            <source>This looks like a full card number, and Consulta never stores full card numbers or security codes: it does no card processing (it works offline). Keep only the brand, the last 4 digits and the expiry date.</source>
            <translation>Parece un número de tarjeta completo, y Consulta nunca guarda números de tarjeta completos ni códigos de seguridad: no procesa tarjetas (funciona sin conexión). Guarda solo la marca, los últimos 4 dígitos y la fecha de caducidad.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consulta never stores a card's security code (CVC/CVV) or its full number: it does no card processing (it works offline). Keep only the brand, the last 4 digits and the expiry date.</source>
            <translation>Consulta nunca guarda el código de seguridad de una tarjeta (CVC/CVV) ni su número completo: no procesa tarjetas (funciona sin conexión). Guarda solo la marca, los últimos 4 dígitos y la fecha de caducidad.</translation>
        </message>
        <message>
            <location filename="../../app/services/invoices.py" line="-150" />
            <location line="+93" />
            <source>An invoice can have up to {max} lines.</source>
            <translation>Una factura puede tener {max} líneas como máximo.</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Choose at least one appointment.</source>
            <translation>Elige al menos una cita.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>An issued invoice cannot be changed or deleted. To correct it, cancel it with a credit note and issue a corrected invoice.</source>
            <translation>Una factura emitida no se puede cambiar ni eliminar. Para corregirla, anúlala con una nota de crédito y emite una factura corregida.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The issue date cannot be in the future.</source>
            <translation>La fecha de emisión no puede ser futura.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The issue date cannot be before {date}: numbers follow the order of the dates, and a document dated {date} is already issued.</source>
            <translation>La fecha de emisión no puede ser anterior al {date}: los números siguen el orden de las fechas, y ya hay un documento emitido con fecha {date}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This invoice is already issued (number {number}).</source>
            <translation>Esta factura ya está emitida (número {number}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add at least one line before issuing the invoice.</source>
            <translation>Añade al menos una línea antes de emitir la factura.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every line needs a description: it is printed on the invoice.</source>
            <translation>Cada línea necesita una descripción: se imprime en la factura.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An invoice cannot have a negative total. To give money back, cancel an invoice with a credit note.</source>
            <translation>Una factura no puede tener un total negativo. Para devolver dinero, anula una factura con una nota de crédito.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>A credit note cannot be cancelled.</source>
            <translation>Una nota de crédito no se puede anular.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A draft has no number yet: delete it instead of cancelling it.</source>
            <translation>Un borrador aún no tiene número: elimínalo en lugar de anularlo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This invoice is already cancelled.</source>
            <translation>Esta factura ya está anulada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the reason for the cancellation: it is printed on the credit note.</source>
            <translation>Indica el motivo de la anulación: se imprime en la nota de crédito.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A credit note cannot be duplicated; duplicate the invoice instead.</source>
            <translation>Una nota de crédito no se puede duplicar; duplica la factura.</translation>
        </message>
        <message>
            <location filename="../../app/services/numbering.py" line="+51" />
            <source>The number format may only use {{year}} and {{seq}} (for example INV-{{year}}-{{seq:04}}); curly brackets must come in pairs.</source>
            <translation>El formato del número solo puede usar {{year}} y {{seq}} (por ejemplo INV-{{year}}-{{seq:04}}); las llaves deben ir por pares.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The number format needs {{seq}} exactly once: it is the running counter that makes each number unique.</source>
            <translation>El formato del número necesita {{seq}} exactamente una vez: es el contador que hace único cada número.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The number format is too long: numbers may have up to {max} characters.</source>
            <translation>El formato del número es demasiado largo: los números pueden tener {max} caracteres como máximo.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The number {number} is already used, and numbers are never reused. Change the number format in Settings → Billing (for example add a prefix).</source>
            <translation>El número {number} ya se ha usado, y los números nunca se reutilizan. Cambia el formato del número en Configuración → Facturación (por ejemplo, añade un prefijo).</translation>
        </message>
        <message>
            <location filename="../../app/services/recurrence.py" line="+37" />
            <source>Choose how often the appointment repeats.</source>
            <translation>Elige cada cuánto se repite la cita.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Say how many times it repeats, or until which date.</source>
            <translation>Indica cuántas veces se repite, o hasta qué fecha.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A series has between 2 and {max} appointments.</source>
            <translation>Una serie tiene entre 2 y {max} citas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The end date must be after the first appointment.</source>
            <translation>La fecha de fin debe ser posterior a la primera cita.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A series can span at most three years.</source>
            <translation>Una serie puede abarcar tres años como máximo.</translation>
        </message>
        <message>
            <location filename="../../app/services/service_catalog.py" line="-202" />
            <source>Enter a whole amount: {currency} has no decimals.</source>
            <translation>Escribe un importe entero: {currency} no tiene decimales.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the price with at most {digits} decimals.</source>
            <translation>Escribe el precio con {digits} decimales como máximo.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A service needs a name.</source>
            <translation>Un servicio necesita un nombre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A service called “{name}” already exists.</source>
            <translation>Ya existe un servicio llamado «{name}».</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The price cannot be negative.</source>
            <translation>El precio no puede ser negativo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The tax rate is a percentage between 0 and 100.</source>
            <translation>El tipo de IVA es un porcentaje entre 0 y 100.</translation>
        </message>
        <message>
            <location filename="../../app/mail/connect.py" line="+40" />
            <source>The certificate authority file “{path}” could not be read.</source>
            <translation>No se pudo leer el archivo de la autoridad de certificación «{path}».</translation>
        </message>
        <message>
            <location line="+40" />
            <location line="+55" />
            <source>{host} does not offer STARTTLS on port {port}, so the password would travel unprotected. Choose TLS, or the port your provider gives for it.</source>
            <translation>{host} no ofrece STARTTLS en el puerto {port}, así que la contraseña viajaría sin protección. Elige TLS, o el puerto que indica tu proveedor para ello.</translation>
        </message>
        <message>
            <location line="-47" />
            <source>{host} does not speak IMAP4rev1, which Consulta needs.</source>
            <translation>{host} no admite IMAP4rev1, que Consulta necesita.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>{host} does not offer to log in (SMTP AUTH) on port {port}.</source>
            <translation>{host} no ofrece iniciar sesión (SMTP AUTH) en el puerto {port}.</translation>
        </message>
        <message>
            <location filename="../../app/mail/errors.py" line="+70" />
            <source>The security certificate of {host} has expired, so the connection is not safe. The server's administrator must renew it.</source>
            <translation>El certificado de seguridad de {host} ha caducado, así que la conexión no es segura. El administrador del servidor debe renovarlo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The security certificate of {host} is not valid yet. Check this computer's date and time.</source>
            <translation>El certificado de seguridad de {host} todavía no es válido. Comprueba la fecha y la hora de este ordenador.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The security certificate of the server was issued for another name than “{host}”. Check the server name (your provider's instructions give the exact one).</source>
            <translation>El certificado de seguridad del servidor se emitió para otro nombre distinto de «{host}». Comprueba el nombre del servidor (las instrucciones de tu proveedor indican el exacto).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The security certificate of {host} could not be verified: it is not signed by an authority this computer trusts. If the server uses its own certificate authority, choose that CA file.</source>
            <translation>No se pudo verificar el certificado de seguridad de {host}: no lo firma una autoridad en la que confíe este ordenador. Si el servidor usa su propia autoridad de certificación, elige ese archivo de CA.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The server name “{host}” could not be found. Check its spelling and that this computer is connected to the internet.</source>
            <translation>No se encontró el servidor «{host}». Comprueba que esté bien escrito y que este ordenador esté conectado a internet.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A secure connection to {host} could not be set up. Check that the security setting (TLS or STARTTLS) matches the port.</source>
            <translation>No se pudo establecer una conexión segura con {host}. Comprueba que el ajuste de seguridad (TLS o STARTTLS) corresponda al puerto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{host} refused the connection on port {port}. Check the port number, or the server may be down.</source>
            <translation>{host} rechazó la conexión en el puerto {port}. Comprueba el número de puerto; también puede que el servidor no esté funcionando.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{host} did not answer on port {port}. This computer may be offline, or a firewall blocks the port.</source>
            <translation>{host} no respondió en el puerto {port}. Puede que este ordenador no tenga conexión o que un cortafuegos bloquee el puerto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{host} refused the user name or password.</source>
            <translation>{host} rechazó el nombre de usuario o la contraseña.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+6" />
            <source>{host} reported an error: {reason}</source>
            <translation>{host} ha indicado un error: {reason}</translation>
        </message>
        <message>
            <location line="-2" />
            <source>The connection to {host} was lost.</source>
            <translation>Se perdió la conexión con {host}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No password for {host} is stored on this computer. Enter it in Settings → Email.</source>
            <translation>No hay ninguna contraseña de {host} guardada en este ordenador. Escríbela en Configuración → Correo electrónico.</translation>
        </message>
        <message>
            <location filename="../../app/services/documentation.py" line="-7" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Form</source>
            <translation>Formulario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shared</source>
            <translation>Compartida</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This client is in the trash. Restore the client to add documentation.</source>
            <translation>Este cliente está en la papelera. Restáuralo para añadir documentación.</translation>
        </message>
        <message>
            <location filename="../../app/services/forms.py" line="-3" />
            <source>Short text</source>
            <translation>Texto corto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Yes / no</source>
            <translation>Sí / no</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scale 1–10</source>
            <translation>Escala 1–10</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature (name and date)</source>
            <translation>Firma (nombre y fecha)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heading</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+49" />
            <source>Add at least one question.</source>
            <translation>Añade al menos una pregunta.</translation>
        </message>
        <message>
            <location line="-46" />
            <source>A form can have at most {n} questions.</source>
            <translation>Un formulario puede tener {n} preguntas como máximo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Question {n} has no type; choose one from the list.</source>
            <translation>La pregunta {n} no tiene tipo; elige uno de la lista.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Two questions have the same identifier “{id}”.</source>
            <translation>Dos preguntas tienen el mismo identificador «{id}».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Question {n} needs a text.</source>
            <translation>La pregunta {n} necesita un texto.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>“{label}” needs at least two different options.</source>
            <translation>«{label}» necesita al menos dos opciones distintas.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>“{label}”: “{value}” is not a date.</source>
            <translation>«{label}»: «{value}» no es una fecha.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>“{label}”: the answer is too long.</source>
            <translation>«{label}»: la respuesta es demasiado larga.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{label}”: choose one of the options.</source>
            <translation>«{label}»: elige una de las opciones.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{label}”: choose among the options.</source>
            <translation>«{label}»: elige entre las opciones.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{label}”: answer yes or no.</source>
            <translation>«{label}»: responde sí o no.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>“{label}”: choose a number from {low} to {high}.</source>
            <translation>«{label}»: elige un número del {low} al {high}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{label}”: enter the name and the date.</source>
            <translation>«{label}»: escribe el nombre y la fecha.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{label}”: enter both the name and the date.</source>
            <translation>«{label}»: escribe tanto el nombre como la fecha.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“{label}” takes no answer.</source>
            <translation>«{label}» no lleva respuesta.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Please answer “{label}”.</source>
            <translation>Responde a «{label}».</translation>
        </message>
        <message>
            <location line="+45" />
            <source>This form no longer exists.</source>
            <translation>Este formulario ya no existe.</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../../app/services/templates.py" line="+244" />
            <source>That form template no longer exists.</source>
            <translation>Esa plantilla de formulario ya no existe.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This form is in the trash. Restore it first.</source>
            <translation>Este formulario está en la papelera. Restáuralo primero.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Move the form to the trash before deleting it for good.</source>
            <translation>Mueve el formulario a la papelera antes de eliminarlo definitivamente.</translation>
        </message>
        <message>
            <location filename="../../app/services/notes.py" line="+112" />
            <source>This note no longer exists.</source>
            <translation>Esta nota ya no existe.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This text is too long to save (over 10 MB). Remove large pasted images.</source>
            <translation>Este texto es demasiado largo para guardarlo (más de 10 MB). Quita las imágenes grandes que hayas pegado.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the note's date.</source>
            <translation>Elige la fecha de la nota.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>That appointment is not one of this client's.</source>
            <translation>Esa cita no es de este cliente.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/services/templates.py" line="-92" />
            <source>That template no longer exists.</source>
            <translation>Esa plantilla ya no existe.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+77" />
            <source>This note is in the trash. Restore it first.</source>
            <translation>Esta nota está en la papelera. Restáurala primero.</translation>
        </message>
        <message>
            <location line="-74" />
            <source>This note is completed and can no longer be changed. Add an addendum instead.</source>
            <translation>Esta nota está completada y ya no se puede cambiar. Añade una adenda.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Give the note a title before completing it.</source>
            <translation>Ponle un título a la nota antes de completarla.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The note is empty. Write something before completing it.</source>
            <translation>La nota está vacía. Escribe algo antes de completarla.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Addenda are for completed notes; a draft can still be edited.</source>
            <translation>Las adendas son para notas completadas; un borrador todavía se puede editar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The addendum is empty.</source>
            <translation>La adenda está vacía.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Only a completed note can be shared. Complete it first.</source>
            <translation>Solo se puede compartir una nota completada. Complétala primero.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>A completed note cannot be deleted. Move it to the trash with a reason.</source>
            <translation>Una nota completada no se puede eliminar. Muévela a la papelera indicando el motivo.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say why this note is being moved to the trash.</source>
            <translation>Indica por qué mueves esta nota a la papelera.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A draft is deleted, not trashed.</source>
            <translation>Un borrador se elimina, no se mueve a la papelera.</translation>
        </message>
        <message>
            <location filename="../../app/services/templates.py" line="-11" />
            <source>Give the template a name.</source>
            <translation>Ponle un nombre a la plantilla.</translation>
        </message>
        <message>
            <location filename="../../app/mail/parse.py" line="+41" />
            <source>This message could not be displayed fully. The original is kept unchanged.</source>
            <translation>Este mensaje no se pudo mostrar completo. El original se conserva sin cambios.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This message is damaged, so parts of it may be missing. The original is kept unchanged.</source>
            <translation>Este mensaje está dañado, así que puede que falten partes. El original se conserva sin cambios.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Some characters of this message could not be read and may show wrongly. The original is kept unchanged.</source>
            <translation>Algunos caracteres de este mensaje no se pudieron leer y quizá se vean mal. El original se conserva sin cambios.</translation>
        </message>
        <message>
            <location filename="../../app/services/files.py" line="+98" />
            <source>“{name}” is {size}, over the {limit} limit for one file. It was not added. (The limit is in Settings → General.)</source>
            <translation>«{name}» ocupa {size}, más que el límite de {limit} por archivo. No se ha añadido. (El límite está en Configuración → General.)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This file no longer exists.</source>
            <translation>Este archivo ya no existe.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>“{name}” cannot be read: {reason}</source>
            <translation>No se puede leer «{name}»: {reason}</translation>
        </message>
        <message>
            <location line="-37" />
            <location line="+136" />
            <source>Give the file a name.</source>
            <translation>Ponle un nombre al archivo.</translation>
        </message>
        <message>
            <location line="-105" />
            <source>“{name}” changed while it was being added. Try again.</source>
            <translation>«{name}» cambió mientras se añadía. Vuelve a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../app/mail/messages.py" line="-55" />
            <source>This message no longer exists.</source>
            <translation>Este mensaje ya no existe.</translation>
        </message>
        <message>
            <location filename="../../app/mail/reminders.py" line="+92" />
            <source>Enter a number of hours between 1 and 336.</source>
            <translation>Escribe un número de horas entre 1 y 336.</translation>
        </message>
        <message>
            <location filename="../../app/mail/remote.py" line="+22" />
            <source>This attachment is no longer on the server, so it cannot be fetched.</source>
            <translation>Este adjunto ya no está en el servidor, así que no se puede descargar.</translation>
        </message>
        <message>
            <location filename="../../app/mail/send.py" line="-107" />
            <location filename="../../ui/mail/address_fields.py" line="+47" />
            <source>Add at least one recipient.</source>
            <translation>Añade al menos un destinatario.</translation>
        </message>
        <message>
            <location line="+39" />
            <location filename="../../ui/mail/composer.py" line="-450" />
            <source>Set up your email account first (Settings → Email).</source>
            <translation>Configura primero tu cuenta de correo (Configuración → Correo electrónico).</translation>
        </message>
        <message>
            <location filename="../../app/transfer/csv_import.py" line="-29" />
            <source>“{value}” is not a known status (lead, active, inactive or archived).</source>
            <translation>«{value}» no es un estado conocido (lead, active, inactive o archived).</translation>
        </message>
        <message>
            <location line="+79" />
            <source>“{value}” is not yes or no.</source>
            <translation>«{value}» no es sí ni no.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/csv_mapping.py" line="-306" />
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
            <source>Full name (first word is the first name)</source>
            <translation>Nombre completo (la primera palabra es el nombre)</translation>
        </message>
        <message>
            <location line="+2" />
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
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address line 2</source>
            <translation>Dirección (línea 2)</translation>
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
        <message>
            <location line="+133" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Do not import</source>
            <translation>No importar</translation>
        </message>
        <message>
            <location line="+172" />
            <source>There is no saved mapping called “{name}”.</source>
            <translation>No hay ninguna correspondencia guardada llamada «{name}».</translation>
        </message>
        <message>
            <location filename="../../app/transfer/csv_sniff.py" line="+30" />
            <source>This looks like an Excel workbook or another zipped file, not a CSV file. Open it in your spreadsheet program and save it as CSV first.</source>
            <translation>Parece un libro de Excel u otro archivo comprimido, no un archivo CSV. Ábrelo en tu hoja de cálculo y guárdalo primero como CSV.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This looks like an old Excel workbook (.xls), not a CSV file. Open it in your spreadsheet program and save it as CSV first.</source>
            <translation>Parece un libro de Excel antiguo (.xls), no un archivo CSV. Ábrelo en tu hoja de cálculo y guárdalo primero como CSV.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is a PDF document, not a CSV file.</source>
            <translation>Es un documento PDF, no un archivo CSV.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“{name}” is not a text file, so it cannot be a CSV file. Nothing was imported.</source>
            <translation>«{name}» no es un archivo de texto, así que no puede ser un CSV. No se ha importado nada.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>“{name}” is too large for a CSV of clients ({size} MB).</source>
            <translation>«{name}» es demasiado grande para un CSV de clientes ({size} MB).</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+4" />
            <source>“{name}” is empty.</source>
            <translation>«{name}» está vacío.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>“{name}” cannot be read as {encoding}.</source>
            <translation>«{name}» no se puede leer como {encoding}.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/progress.py" line="+23" />
            <source>Cancelled. Nothing was changed.</source>
            <translation>Cancelado. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/import_batches.py" line="+96" />
            <source>Choose what to do with each duplicate.</source>
            <translation>Elige qué hacer con cada duplicado.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/import_undo.py" line="+64" />
            <source>This import no longer exists.</source>
            <translation>Esta importación ya no existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This import was already undone.</source>
            <translation>Esta importación ya se deshizo.</translation>
        </message>
        <message>
            <location filename="../../ui/mail/sync_worker.py" line="+71" />
            <source>Something went wrong while syncing the mail: {reason}</source>
            <translation>Algo ha fallado al sincronizar el correo: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/transfer/export_files.py" line="+75" />
            <source>“{path}” already exists. Choose another name or folder.</source>
            <translation>«{path}» ya existe. Elige otro nombre u otra carpeta.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder {path} does not exist.</source>
            <translation>La carpeta {path} no existe.</translation>
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
        <name>CreateInvoice</name>
        <message>
            <location filename="../../ui/billing/create_from_appointments.py" line="+55" />
            <source>No invoice created</source>
            <translation>No se ha creado ninguna factura</translation>
        </message>
    </context>
    <context>
        <name>CreateWorkspaceDialog</name>
        <message>
            <location filename="../../ui/workspace/create_dialog.py" line="+40" />
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
            <location line="+59" />
            <source>Create workspace</source>
            <translation>Crear espacio de trabajo</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Creating…</source>
            <translation>Creando…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The workspace could not be created: %1</source>
            <translation>No se pudo crear el espacio de trabajo: %1</translation>
        </message>
    </context>
    <context>
        <name>CreditNoteDialog</name>
        <message>
            <location filename="../../ui/billing/credit_note_dialog.py" line="+49" />
            <source>Cancel invoice %1</source>
            <translation>Anular la factura %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>An issued invoice is never changed or deleted. Cancelling it issues a credit note for its full amount (%1), with its own number and a reference to %2. You can then issue a corrected invoice.</source>
            <translation>Una factura emitida nunca se cambia ni se elimina. Al anularla se emite una nota de crédito por su importe total (%1), con su propio número y una referencia a %2. Después puedes emitir una factura corregida.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The %1 already paid on it stays with the client as credit.</source>
            <translation>Lo ya pagado (%1) queda como saldo a favor del cliente.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wrong amount</source>
            <translation>Importe incorrecto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Wrong client details</source>
            <translation>Datos del cliente incorrectos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The session did not take place</source>
            <translation>La sesión no tuvo lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoiced twice</source>
            <translation>Facturada dos veces</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printed on the credit note</source>
            <translation>Se imprime en la nota de crédito</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keep invoice</source>
            <translation>Conservar la factura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Issue credit note</source>
            <translation>Emitir nota de crédito</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Credit note %1 is issued and invoice %2 is cancelled.</source>
            <translation>Se ha emitido la nota de crédito %1 y se ha anulado la factura %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Credit note issued</source>
            <translation>Nota de crédito emitida</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the credit note to the client. To bill the right amount, make a corrected copy of the invoice and issue it.</source>
            <translation>Envía la nota de crédito al cliente. Para facturar el importe correcto, haz una copia corregida de la factura y emítela.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save credit note PDF…</source>
            <translation>Guardar PDF de la nota de crédito…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make a corrected copy…</source>
            <translation>Hacer una copia corregida…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Saved as %1</source>
            <translation>Guardado como %1</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../ui/person_form.py" line="+85" />
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
        <name>DocListModel</name>
        <message>
            <location filename="../../ui/documentation/doc_list_model.py" line="+108" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Draft: still being written.</source>
            <translation>Borrador: todavía se está escribiendo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed: the text can no longer be changed; corrections go in addenda.</source>
            <translation>Completada: el texto ya no se puede cambiar; las correcciones van en adendas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shared with the client.</source>
            <translation>Compartida con el cliente.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filled in.</source>
            <translation>Rellenado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duplicate</source>
            <translation>Duplicado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Another file of this client has the same content.</source>
            <translation>Otro archivo de este cliente tiene el mismo contenido.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>In the trash since %1</source>
            <translation>En la papelera desde el %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+6" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Same as “%1”, uploaded %2</source>
            <translation>Igual que «%1», subido el %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentationTab</name>
        <message>
            <location filename="../../ui/documentation/documentation_tab.py" line="+103" />
            <source>New note</source>
            <translation>Nota nueva</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From template…</source>
            <translation>Desde plantilla…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fill in a form…</source>
            <translation>Rellenar un formulario…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Upload files…</source>
            <translation>Subir archivos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or drop files onto this tab</source>
            <translation>O arrastra archivos a esta pestaña</translation>
        </message>
        <message>
            <location line="+13" />
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forms</source>
            <translation>Formularios</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Show: %1</source>
            <translation>Mostrar: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Search notes, forms and files</source>
            <translation>Buscar en la documentación</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Notes, forms and files moved to the trash</source>
            <translation>Notas, formularios y archivos movidos a la papelera</translation>
        </message>
        <message>
            <location line="+10" />
            <source>In the trash: restore an item from its ⋮ menu. A completed note shows why it was moved here.</source>
            <translation>En la papelera: restaura un elemento desde su menú ⋮. Una nota completada muestra por qué se movió aquí.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+1" />
            <source>Dismiss</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Documentation (%1)</source>
            <translation>Documentación (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash (%1)</source>
            <translation>Papelera (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing here matches your search.</source>
            <translation>Nada de aquí coincide con tu búsqueda.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The trash is empty.</source>
            <translation>La papelera está vacía.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing matches. Try other words or show all kinds.</source>
            <translation>No hay coincidencias. Prueba con otras palabras o muestra todos los tipos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No notes, forms or files for this client yet. Write a note, fill in a form, or drop files here to keep them with the record, encrypted.</source>
            <translation>Todavía no hay notas, formularios ni archivos de este cliente. Escribe una nota, rellena un formulario o arrastra archivos aquí para guardarlos con la ficha, cifrados.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Upload files</source>
            <translation>Subir archivos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Upload</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Adding %1 of %2: %3</source>
            <translation>Añadiendo %1 de %2: %3</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Not found</source>
            <translation>No encontrado</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Saved %1 in %2</source>
            <translation>%1 guardado en %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentationTabText</name>
        <message numerus="yes">
            <location line="-102" />
            <source>Added %n file(s).</source>
            <translation>
                <numerusform>Se ha añadido %n archivo.</numerusform>
                <numerusform>Se han añadido %n archivos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>Drop to add %n file(s) to this client's documentation</source>
            <translation>
                <numerusform>Suelta para añadir %n archivo a la documentación de este cliente</numerusform>
                <numerusform>Suelta para añadir %n archivos a la documentación de este cliente</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../ui/transfer/import_done_page.py" line="+26" />
            <source>Changed your mind? Undo import removes the people this import created and gives the people it updated their previous details back. You can also do it later from Past imports.</source>
            <translation>¿Has cambiado de idea? Deshacer la importación elimina a las personas que creó esta importación y devuelve sus datos anteriores a las personas que actualizó. También puedes hacerlo más tarde desde Importaciones anteriores.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Undo import</source>
            <translation>Deshacer la importación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save rejected rows…</source>
            <translation>Guardar filas rechazadas…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n contact(s) created.</source>
            <translation>
                <numerusform>%n contacto creado.</numerusform>
                <numerusform>%n contactos creados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s) created.</source>
            <translation>
                <numerusform>%n cliente creado.</numerusform>
                <numerusform>%n clientes creados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n existing contact(s) updated.</source>
            <translation>
                <numerusform>%n contacto existente actualizado.</numerusform>
                <numerusform>%n contactos existentes actualizados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n existing client(s) updated.</source>
            <translation>
                <numerusform>%n cliente existente actualizado.</numerusform>
                <numerusform>%n clientes existentes actualizados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n duplicate(s) skipped.</source>
            <translation>
                <numerusform>%n duplicado omitido.</numerusform>
                <numerusform>%n duplicados omitidos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n row(s) could not be imported.</source>
            <translation>
                <numerusform>%n fila no se ha podido importar.</numerusform>
                <numerusform>%n filas no se han podido importar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import undone</source>
            <translation>Importación deshecha</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n contact(s) removed.</source>
            <translation>
                <numerusform>%n contacto eliminado.</numerusform>
                <numerusform>%n contactos eliminados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s) removed.</source>
            <translation>
                <numerusform>%n cliente eliminado.</numerusform>
                <numerusform>%n clientes eliminados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n person(s) given their previous details back.</source>
            <translation>
                <numerusform>%n persona ha recuperado sus datos anteriores.</numerusform>
                <numerusform>%n personas han recuperado sus datos anteriores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n person(s) kept: they have notes, forms, files, appointments, invoices or payments since the import.</source>
            <translation>
                <numerusform>%n persona conservada: tiene notas, formularios, archivos, citas, facturas o pagos posteriores a la importación.</numerusform>
                <numerusform>%n personas conservadas: tienen notas, formularios, archivos, citas, facturas o pagos posteriores a la importación.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesModel</name>
        <message>
            <location filename="../../ui/transfer/import_check_page.py" line="+13" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name in the file</source>
            <translation>Nombre en el archivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Looks like</source>
            <translation>Se parece a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Because of</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Line %1 of this file</source>
            <translation>Línea %1 de este archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same email</source>
            <translation>Mismo correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same name and date of birth</source>
            <translation>Mismo nombre y fecha de nacimiento</translation>
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
        <name>EmailSettingsPage</name>
        <message>
            <location filename="../../ui/settings/email_page.py" line="+67" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Connect the email account you use with clients. Consulta brings its mail in the background, files each message to the client it belongs to (Inbox tab), and sends from this account.</source>
            <translation>Conecta la cuenta de correo que usas con tus clientes. Consulta trae su correo en segundo plano, archiva cada mensaje en la ficha del cliente al que corresponde (pestaña Bandeja de entrada) y envía desde esta cuenta.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>you@example.com</source>
            <translation>tu@ejemplo.com</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left empty, the server name, user name and password of incoming mail are used.</source>
            <translation>Si se deja vacío, se usan el servidor, el nombre de usuario y la contraseña del correo entrante.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>None: the system's trusted authorities</source>
            <translation>Ninguna: las autoridades de confianza del sistema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only for a self-hosted server with its own certificate authority. Certificates are always checked.</source>
            <translation>Solo para un servidor propio con su propia autoridad de certificación. Los certificados siempre se comprueban.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Load folders from the server</source>
            <translation>Cargar carpetas del &amp;servidor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The inbox and the sent folder are always synced. Load the server's other folders to tick some to sync too.</source>
            <translation>La bandeja de entrada y la carpeta de enviados siempre se sincronizan. Carga las demás carpetas del servidor para marcar otras que sincronizar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Test connection</source>
            <translation>&amp;Probar la conexión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save email settings</source>
            <translation>Guardar la configuración del correo</translation>
        </message>
        <message>
            <location line="+19" />
            <source> hours before</source>
            <translation> horas antes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reminders are switched on for each client, in their Inbox tab, with the language to write in. They give the date and time only, never health details, and go out from this account like any message in the Outbox.</source>
            <translation>Los recordatorios se activan para cada cliente en su pestaña Bandeja de entrada, con el idioma en que escribirle. Solo dan la fecha y la hora, nunca datos de salud, y salen desde esta cuenta como cualquier mensaje de la bandeja de salida.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Email address</source>
            <translation>&amp;Dirección de correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name shown to recipients</source>
            <translation>&amp;Nombre que ven los destinatarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Incoming mail (IMAP)</source>
            <translation>Correo entrante (IMAP)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outgoing mail (SMTP)</source>
            <translation>Correo saliente (SMTP)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Security</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificate &amp;authority</source>
            <translation>Autoridad de &amp;certificación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What to sync</source>
            <translation>Qué sincronizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fetch mail from the &amp;last</source>
            <translation>Traer el correo de &amp;los últimos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Older mail of a client is still fetched when you add the client or their address.</source>
            <translation>El correo más antiguo de un cliente se trae igualmente cuando añades el cliente o su dirección.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Other folders</source>
            <translation>Otras carpetas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Appointment reminders</source>
            <translation>Recordatorios de citas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send &amp;reminders</source>
            <translation>Enviar &amp;recordatorios</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Saved — type a new one to change it</source>
            <translation>Guardada; escribe otra para cambiarla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Same as incoming</source>
            <translation>Igual que la del correo entrante</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Passwords are kept in this computer's keyring, not in the workspace file.</source>
            <translation>Las contraseñas se guardan en el llavero de este ordenador, no en el archivo del espacio de trabajo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This computer has no keyring service, so passwords are kept inside the encrypted workspace file.</source>
            <translation>Este ordenador no tiene servicio de llavero, así que las contraseñas se guardan dentro del archivo cifrado del espacio de trabajo.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Enter the incoming mail server and your user name.</source>
            <translation>Escribe el servidor de correo entrante y tu nombre de usuario.</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Choose the certificate authority file</source>
            <translation>Elige el archivo de la autoridad de certificación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Enter the password of your email account.</source>
            <translation>Escribe la contraseña de tu cuenta de correo.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Email settings saved. The passwords are in this computer's keyring.</source>
            <translation>Configuración del correo guardada. Las contraseñas están en el llavero de este ordenador.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Email settings saved. The passwords are inside the encrypted workspace file (this computer has no keyring).</source>
            <translation>Configuración del correo guardada. Las contraseñas están dentro del archivo cifrado del espacio de trabajo (este ordenador no tiene llavero).</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>Reminders now go out %n hour(s) before an appointment.</source>
            <translation>
                <numerusform>Los recordatorios salen ahora %n hora antes de una cita.</numerusform>
                <numerusform>Los recordatorios salen ahora %n horas antes de una cita.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Settings: the email account</source>
            <translation>Configuración: la cuenta de correo</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../ui/clients/erase_dialog.py" line="+64" />
            <source>Delete permanently</source>
            <translation>Eliminar definitivamente</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Erase %1 for good?</source>
            <translation>¿Borrar definitivamente a %1?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Erase these clients for good? %1</source>
            <translation>¿Borrar definitivamente estos clientes? %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Everything recorded about them is erased and cannot be brought back: the record and its custom fields, relationships, notes, forms, files, stored emails and appointments.</source>
            <translation>Todo lo registrado se borra y no se puede recuperar: la ficha y sus campos personalizados, relaciones, notas, formularios, archivos, correos guardados y citas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Issued invoices and credit notes, and payments with their receipts, stay exactly as issued, linked to no one, because the law requires keeping them.</source>
            <translation>Las facturas y notas de crédito emitidas, y los pagos con sus recibos, se quedan tal como se emitieron, sin vincular a nadie, porque la ley obliga a conservarlos.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The client asked for their data to be erased</source>
            <translation>El cliente pidió que se borraran sus datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added by mistake</source>
            <translation>Añadido por error</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate record</source>
            <translation>Ficha duplicada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other…</source>
            <translation>Otro…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a reason…</source>
            <translation>Elige un motivo…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Details</source>
            <translation>Datos personales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reason is kept in the audit log, with what was erased (never the erased details themselves).</source>
            <translation>El motivo se guarda en el registro de auditoría, junto con lo que se borró (nunca los datos borrados en sí).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De&amp;tails</source>
            <translation>De&amp;talles</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Erase permanently</source>
            <translation>&amp;Borrar definitivamente</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Say why (needed for “Other”)</source>
            <translation>Indica por qué (obligatorio para «Otro»)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Notes: %1</source>
            <translation>Notas: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Forms: %1</source>
            <translation>Formularios: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files: %1</source>
            <translation>Archivos: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stored emails: %1</source>
            <translation>Correos guardados: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointments: %1</source>
            <translation>Citas: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships: %1</source>
            <translation>Relaciones: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom field values: %1</source>
            <translation>Valores de campos personalizados: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft invoices: %1</source>
            <translation>Borradores de factura: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stored payment methods: %1</source>
            <translation>Métodos de pago guardados: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsent emails: %1</source>
            <translation>Correos sin enviar: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 was erased</source>
            <translation>Se ha borrado la ficha de %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clients erased: %1</source>
            <translation>Clientes borrados: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The record is gone, with everything recorded about them.</source>
            <translation>La ficha se ha borrado, junto con todo lo registrado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Invoices kept as issued: %1</source>
            <translation>Facturas conservadas tal como se emitieron: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipts kept: %1</source>
            <translation>Recibos conservados: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>They stay in Billing, linked to no one, as the law requires.</source>
            <translation>Se quedan en Facturación, sin vincular a nadie, como exige la ley.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There were no issued invoices or payments to keep.</source>
            <translation>No había facturas emitidas ni pagos que conservar.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/transfer/export_dialog.py" line="+81" />
            <source>Export contact record</source>
            <translation>Exportar ficha del contacto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export client record</source>
            <translation>Exportar ficha del cliente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export practice</source>
            <translation>Exportar la consulta</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Every client and contact, each in their own folder, with their notes and forms (PDF and JSON), files, emails and invoices</source>
            <translation>Todos los clientes y contactos, cada uno en su carpeta, con sus notas y formularios (PDF y JSON), archivos, correos y facturas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Spreadsheet files (CSV) of clients, contacts, appointments, invoices and payments</source>
            <translation>Hojas de cálculo (CSV) de clientes, contactos, citas, facturas y pagos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The definitions of your custom fields</source>
            <translation>Las definiciones de tus campos personalizados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details, custom fields and relationships</source>
            <translation>Datos, campos personalizados y relaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointments</source>
            <translation>Citas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes and forms, as PDF and as structured data (JSON)</source>
            <translation>Notas y formularios, en PDF y como datos estructurados (JSON)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emails, as .eml files</source>
            <translation>Correos, como archivos .eml</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices, as PDF</source>
            <translation>Facturas, en PDF</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What is included</source>
            <translation>Qué se incluye</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One .&amp;zip file</source>
            <translation>Un archivo .&amp;zip</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A f&amp;older</source>
            <translation>Una &amp;carpeta</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hoose…</source>
            <translation>E&amp;legir…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;In folder</source>
            <translation>En la car&amp;peta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language of the PDFs</source>
            <translation>&amp;Idioma de los PDF</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The export holds health information unencrypted, readable by anyone who gets the file. Keep it somewhere safe, send it only by a secure channel, and delete it when it is no longer needed.</source>
            <translation>La exportación contiene información de salud sin cifrar, legible por cualquiera que obtenga el archivo. Guárdala en un lugar seguro, envíala solo por un canal seguro y elimínala cuando ya no la necesites.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+157" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="-154" />
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Export into folder</source>
            <translation>Exportar a la carpeta</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Give the export a name and a folder.</source>
            <translation>Ponle un nombre y una carpeta a la exportación.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Exporting the practice…</source>
            <translation>Exportando la consulta…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exporting %1’s record…</source>
            <translation>Exportando la ficha de %1…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported to:</source>
            <translation>Exportado a:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The export was not made. %1</source>
            <translation>No se ha hecho la exportación. %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export cancelled. Nothing was left behind.</source>
            <translation>Exportación cancelada. No ha quedado ningún archivo.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Export complete</source>
            <translation>Exportación completada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>It holds health information unencrypted: keep it safe and delete it when it is no longer needed.</source>
            <translation>Contiene información de salud sin cifrar: guárdala en un lugar seguro y elimínala cuando ya no la necesites.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Show in folder</source>
            <translation>&amp;Mostrar en la carpeta</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Cancel the export?</source>
            <translation>¿Cancelar la exportación?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The export is still running. Cancel it and close? What was written so far is removed.</source>
            <translation>La exportación sigue en curso. ¿Cancelarla y cerrar? Se eliminará lo escrito hasta ahora.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel export</source>
            <translation>Cancelar exportación</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_field_dialog.py" line="+42" />
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
            <location line="+2" />
            <source>People who already have an option you remove keep it, marked “no longer an option”, until their value is changed.</source>
            <translation>Quien ya tenga una opción que quites la conserva, marcada «ya no es una opción», hasta que se cambie su valor.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label</source>
            <translation>Etiqueta del campo</translation>
        </message>
        <message>
            <location line="+6" />
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
            <location filename="../../ui/clients/record/field_editors.py" line="-79" />
            <source>%1 (no longer an option)</source>
            <translation>%1 (ya no es una opción)</translation>
        </message>
        <message>
            <location line="+145" />
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
        <name>FileActions</name>
        <message>
            <location filename="../../ui/documentation/file_actions.py" line="+68" />
            <source>Save a copy</source>
            <translation>Guardar una copia</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+13" />
            <source>The copy was not saved</source>
            <translation>No se ha guardado la copia</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+10" />
            <source>The file was not opened</source>
            <translation>No se ha abierto el archivo</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+7" />
            <source>Not renamed</source>
            <translation>No se ha cambiado el nombre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rename file</source>
            <translation>Cambiar el nombre del archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New name:</source>
            <translation>Nombre nuevo:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Move “%1” to the trash? You can restore it from the Documentation tab's trash.</source>
            <translation>¿Mover «%1» a la papelera? Puedes restaurarlo desde la papelera de la pestaña Documentación.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move the form “%1” to the trash? You can restore it from the Documentation tab's trash.</source>
            <translation>¿Mover el formulario «%1» a la papelera? Puedes restaurarlo desde la papelera de la pestaña Documentación.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not moved to the trash</source>
            <translation>No se ha movido a la papelera</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Move to trash</source>
            <translation>Mover a la papelera</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not restored</source>
            <translation>No se ha restaurado</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The PDF was not saved</source>
            <translation>No se ha guardado el PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save form PDF</source>
            <translation>Guardar el PDF del formulario</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save a copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename…</source>
            <translation>Cambiar nombre…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move to trash…</source>
            <translation>Mover a la papelera…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/transfer/import_file_page.py" line="+48" />
            <source>Choose a CSV file: a spreadsheet saved as CSV, or a list exported from another program. Nothing is written until the last step.</source>
            <translation>Elige un archivo CSV: una hoja de cálculo guardada como CSV o una lista exportada desde otro programa. No se escribe nada hasta el último paso.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UTF-8 with byte-order mark (Excel)</source>
            <translation>UTF-8 con marca de orden de bytes (Excel)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UTF-16 (Excel “Unicode text”)</source>
            <translation>UTF-16 (Excel «Texto Unicode»)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Windows-1252 (Western European)</source>
            <translation>Windows-1252 (Europa occidental)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latin-1 (ISO-8859-1)</source>
            <translation>Latin-1 (ISO-8859-1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Comma ( , )</source>
            <translation>Coma ( , )</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Semicolon ( ; )</source>
            <translation>Punto y coma ( ; )</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tab</source>
            <translation>Tabulador</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Vertical bar ( | )</source>
            <translation>Barra vertical ( | )</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Row %1</source>
            <translation>Fila %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Encoding</source>
            <translation>&amp;Codificación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Separator</source>
            <translation>&amp;Separador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Column names in</source>
            <translation>&amp;Nombres de columna en</translation>
        </message>
        <message>
            <location line="+10" />
            <source>How the file was understood</source>
            <translation>Cómo se ha interpretado el archivo</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Choose a CSV file</source>
            <translation>Elegir un archivo CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
            <translation>Archivos CSV y de texto (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The file could not be read: %1</source>
            <translation>No se ha podido leer el archivo: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1” has column names but no rows under them: there is nothing to import.</source>
            <translation>«%1» tiene nombres de columna, pero ninguna fila debajo: no hay nada que importar.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No file chosen yet.</source>
            <translation>Aún no has elegido ningún archivo.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) to import</source>
            <translation>
                <numerusform>%n fila para importar</numerusform>
                <numerusform>%n filas para importar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The first %n row(s), with the file's line numbers. If the letters or columns look wrong, change the encoding or the separator above.</source>
            <translation>
                <numerusform>Se muestra %n fila, con su número de línea en el archivo. Si las letras o las columnas no se ven bien, cambia la codificación o el separador de arriba.</numerusform>
                <numerusform>Se muestran las %n primeras filas, con sus números de línea en el archivo. Si las letras o las columnas no se ven bien, cambia la codificación o el separador de arriba.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n row(s) have more cells than there are column names: the extra cells are left out.</source>
            <translation>
                <numerusform>%n fila tiene más celdas que nombres de columna: las celdas sobrantes se omiten.</numerusform>
                <numerusform>%n filas tienen más celdas que nombres de columna: las celdas sobrantes se omiten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePreview</name>
        <message>
            <location filename="../../ui/documentation/file_preview.py" line="+116" />
            <source>%1 · %2 · added %3</source>
            <translation>%1 · %2 · añadido el %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 (%2 bytes)</source>
            <translation>%1 (%2 bytes)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added</source>
            <translation>Añadido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checksum (SHA-256)</source>
            <translation>Suma de control (SHA-256)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“Open in another program” makes a temporary decrypted copy in a private folder on this computer; Consulta deletes it when it closes.</source>
            <translation>«Abrir en otro programa» crea una copia temporal descifrada en una carpeta privada de este ordenador; Consulta la borra al cerrarse.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open in another program</source>
            <translation>Abrir en otro programa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save a copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Consulta cannot show this kind of file. Open it in another program, or save a copy.</source>
            <translation>Consulta no puede mostrar este tipo de archivo. Ábrelo en otro programa o guarda una copia.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This image cannot be shown here (it is too large or damaged). Open it in another program, or save a copy.</source>
            <translation>Esta imagen no se puede mostrar aquí (es demasiado grande o está dañada). Ábrela en otro programa o guarda una copia.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Previous page</source>
            <translation>Página anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next page</source>
            <translation>Página siguiente</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Preparing a temporary copy…</source>
            <translation>Preparando una copia temporal…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Opened a temporary copy: %1. Consulta deletes it when it closes; save your changes elsewhere with “Save as” in that program.</source>
            <translation>Se ha abierto una copia temporal: %1. Consulta la borra al cerrarse; guarda tus cambios en otro sitio con «Guardar como» en ese programa.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No program on this computer opens this kind of file. The temporary copy %1 is deleted when Consulta closes.</source>
            <translation>Ningún programa de este ordenador abre este tipo de archivo. La copia temporal %1 se borra al cerrar Consulta.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved a copy as %1</source>
            <translation>Copia guardada como %1</translation>
        </message>
    </context>
    <context>
        <name>FormFillDialog</name>
        <message>
            <location filename="../../ui/documentation/form_fill_dialog.py" line="+87" />
            <source>&amp;Form</source>
            <translation>&amp;Formulario</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Co&amp;rrect answers</source>
            <translation>&amp;Corregir respuestas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fix a mistake in the answers; the form keeps the questions it was filled in with.</source>
            <translation>Corrige un error en las respuestas; el formulario conserva las preguntas con las que se rellenó.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export PDF…</source>
            <translation>&amp;Exportar PDF…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+38" />
            <location line="+12" />
            <location line="+22" />
            <source>Fill in a form</source>
            <translation>Rellenar un formulario</translation>
        </message>
        <message>
            <location line="-33" />
            <source>For %1. Enter the answers the client gave; you can paste them from a message.</source>
            <translation>Para %1. Escribe las respuestas que dio el cliente; puedes pegarlas desde un mensaje.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>There are no intake forms yet. Create one in the Templates area.</source>
            <translation>Todavía no hay formularios de admisión. Crea uno en el área Plantillas.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(form no longer available)</source>
            <translation>(formulario ya no disponible)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That form template no longer exists.</source>
            <translation>Esa plantilla de formulario ya no existe.</translation>
        </message>
        <message>
            <location line="+38" />
            <location line="+5" />
            <location line="+98" />
            <source>Filled-in form</source>
            <translation>Formulario rellenado</translation>
        </message>
        <message>
            <location line="-82" />
            <source>%1 · filled in on %2</source>
            <translation>%1 · rellenado el %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This form is in the trash. Restore it first.</source>
            <translation>Este formulario está en la papelera. Restáuralo primero.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Correct answers</source>
            <translation>Corregir respuestas</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>%n answer(s) need attention; nothing was saved yet.</source>
            <translation>
                <numerusform>%n respuesta necesita revisión; todavía no se ha guardado nada.</numerusform>
                <numerusform>%n respuestas necesitan revisión; todavía no se ha guardado nada.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+49" />
            <source>Saved %1</source>
            <translation>Guardado: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the form as PDF</source>
            <translation>Guardar el formulario en PDF</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Answers to “%1” for %2</source>
            <translation>Respuestas a «%1» de %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Discard the answers?</source>
            <translation>¿Descartar las respuestas?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answers you entered have not been saved.</source>
            <translation>Las respuestas que escribiste no se han guardado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
    </context>
    <context>
        <name>FormTemplateEditor</name>
        <message>
            <location filename="../../ui/templates/form_template_editor.py" line="+70" />
            <source>New intake form</source>
            <translation>Nuevo formulario de admisión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit intake form</source>
            <translation>Editar formulario de admisión</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The questions you go through with a client. Forms already filled in keep the questions they were answered with.</source>
            <translation>Las preguntas que repasas con un cliente. Los formularios ya rellenados conservan las preguntas con las que se respondieron.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Couples intake</source>
            <translation>p. ej., Admisión de pareja</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+12" />
            <source>+ &amp;Add question</source>
            <translation>+ &amp;Añadir pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Optional: a hint shown under the question</source>
            <translation>Opcional: una indicación que se muestra bajo la pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An answer is required</source>
            <translation>Hace falta una respuesta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One option per line</source>
            <translation>Una opción por línea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Options</source>
            <translation>&amp;Opciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One option per line, in the order they are shown.</source>
            <translation>Una opción por línea, en el orden en que se muestran.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Type</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Te&amp;xt</source>
            <translation>Te&amp;xto</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Add a question to start.</source>
            <translation>Añade una pregunta para empezar.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+49" />
            <source>(no text yet)</source>
            <translation>(todavía sin texto)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>required</source>
            <translation>obligatoria</translation>
        </message>
        <message>
            <location line="+63" />
            <source>A title between groups of questions; it takes no answer.</source>
            <translation>Un título entre grupos de preguntas; no lleva respuesta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered with a number from %1 to %2.</source>
            <translation>Se responde con un número del %1 al %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The client’s name and the date they signed.</source>
            <translation>El nombre del cliente y la fecha en que firmó.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered with yes or no.</source>
            <translation>Se responde con sí o no.</translation>
        </message>
        <message>
            <location line="+128" />
            <source>Intake form “%1”</source>
            <translation>Formulario de admisión «%1»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Discard the changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The changes to this form have not been saved.</source>
            <translation>Los cambios de este formulario no se han guardado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
    </context>
    <context>
        <name>GeneralSettingsPage</name>
        <message>
            <location filename="../../ui/settings/general_page.py" line="+36" />
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
            <location line="+22" />
            <source>Appointment times are shown in this zone, and repeating appointments keep their time in it across summer-time changes.</source>
            <translation>Las horas de las citas se muestran en esta zona, y las citas periódicas conservan su hora en ella con los cambios al horario de verano.</translation>
        </message>
        <message>
            <location line="+16" />
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
            <location line="+3" />
            <source>&amp;Time zone</source>
            <translation>&amp;Zona horaria</translation>
        </message>
        <message>
            <location line="+34" />
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
            <location line="+9" />
            <source>Time zone saved: %1.</source>
            <translation>Zona horaria guardada: %1.</translation>
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
            <location filename="../../ui/global_search.py" line="+131" />
            <location line="+1" />
            <source>Search clients, contacts, notes and forms</source>
            <translation>Buscar clientes, contactos, notas y formularios</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Notes and forms</source>
            <translation>Notas y formularios</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing found for “%1”.</source>
            <translation>No se ha encontrado nada para «%1».</translation>
        </message>
    </context>
    <context>
        <name>IcsExportDialog</name>
        <message>
            <location filename="../../ui/calendar/ics_export_dialog.py" line="+41" />
            <source>Export to a phone calendar</source>
            <translation>Exportar al calendario del móvil</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export upcoming appointments</source>
            <translation>Exportar las próximas citas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saves your upcoming appointments (the next twelve months) as an .ics file, which your phone or another calendar app can import. Cancelled appointments are left out.</source>
            <translation>Guarda tus próximas citas (los próximos doce meses) en un archivo .ics, que tu móvil u otra aplicación de calendario puede importar. Las citas canceladas se dejan fuera.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Include client names</source>
            <translation>Incluir los nombres de los clientes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Otherwise only initials and the service are exported (for example “S.M. · Follow-up session”), so no client's name reaches a calendar that syncs to the cloud. Names also add places and video links.</source>
            <translation>Si no, solo se exportan las iniciales y el servicio (por ejemplo «S.M. · Sesión de seguimiento»), para que ningún nombre de cliente llegue a un calendario que se sincroniza con la nube. Con los nombres se añaden también los lugares y los enlaces de videollamada.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Save the calendar file</source>
            <translation>Guardar el archivo del calendario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>iCalendar files (*.ics)</source>
            <translation>Archivos iCalendar (*.ics)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The file could not be written: %1</source>
            <translation>No se pudo escribir el archivo: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <location filename="../../ui/transfer/import_history_dialog.py" line="+36" />
            <source>Past imports</source>
            <translation>Importaciones anteriores</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undoing an import removes the people it created and gives the people it updated their previous details back. People who have notes, appointments or invoices since are kept.</source>
            <translation>Al deshacer una importación se elimina a las personas que creó y las personas que actualizó recuperan sus datos anteriores. Se conservan las personas que desde entonces tienen notas, citas o facturas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Of</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created</source>
            <translation>Creados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skipped</source>
            <translation>Omitidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not imported</source>
            <translation>No importados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No imports yet.</source>
            <translation>Aún no hay importaciones.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+67" />
            <source>Undo import</source>
            <translation>Deshacer la importación</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undone</source>
            <translation>Deshecha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interrupted</source>
            <translation>Interrumpida</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Undo this import?</source>
            <translation>¿Deshacer esta importación?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1”: the %2 it created are removed, and the people it updated get their previous details back.</source>
            <translation>«%1»: se elimina a las personas que creó (%2) y las que actualizó recuperan sus datos anteriores.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Undoing the import…</source>
            <translation>Deshaciendo la importación…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Undoing the import… %1 of %2</source>
            <translation>Deshaciendo la importación… %1 de %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Undone: %1 removed.</source>
            <translation>Importación deshecha. Eliminados: %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n person(s) given their previous details back.</source>
            <translation>
                <numerusform>%n persona ha recuperado sus datos anteriores.</numerusform>
                <numerusform>%n personas han recuperado sus datos anteriores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n person(s) kept: they have records since the import.</source>
            <translation>
                <numerusform>%n persona conservada: su ficha tiene registros posteriores a la importación.</numerusform>
                <numerusform>%n personas conservadas: sus fichas tienen registros posteriores a la importación.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportText</name>
        <message>
            <location filename="../../ui/transfer/import_common.py" line="+73" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 - rejected rows.csv</source>
            <translation>%1 - filas rechazadas.csv</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save rejected rows</source>
            <translation>Guardar filas rechazadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contacto</numerusform>
                <numerusform>%n contactos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n cliente</numerusform>
                <numerusform>%n clientes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/transfer/import_wizard.py" line="+56" />
            <source>Import contacts</source>
            <translation>Importar contactos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import clients</source>
            <translation>Importar clientes</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+37" />
            <source>1 File</source>
            <translation>1 Archivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>2 Columns</source>
            <translation>2 Columnas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>3 Check</source>
            <translation>3 Revisión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>4 Import</source>
            <translation>4 Importación</translation>
        </message>
        <message numerus="yes">
            <location line="+83" />
            <source>Importing %Ln contact(s)…</source>
            <translation>
                <numerusform>Importando %Ln contacto…</numerusform>
                <numerusform>Importando %Ln contactos…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Importing %Ln client(s)…</source>
            <translation>
                <numerusform>Importando %Ln cliente…</numerusform>
                <numerusform>Importando %Ln clientes…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+37" />
            <source>Import cancelled. Nothing was changed.</source>
            <translation>Importación cancelada. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The import stopped: %1</source>
            <translation>La importación se ha detenido: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Undo this import?</source>
            <translation>¿Deshacer esta importación?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The people this import created are removed, and the people it updated get their previous details back.</source>
            <translation>Se eliminan las personas que creó esta importación, y las que actualizó recuperan sus datos anteriores.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo import</source>
            <translation>Deshacer importación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Undoing the import…</source>
            <translation>Deshaciendo la importación…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Rejected rows saved as “%1”.</source>
            <translation>Filas rechazadas guardadas como «%1».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rejected rows were not saved</source>
            <translation>No se han guardado las filas rechazadas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Undoing the import</source>
            <translation>Deshaciendo la importación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Please wait until the import has been undone.</source>
            <translation>Espera a que se deshaga la importación.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel the import?</source>
            <translation>¿Cancelar la importación?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The import is still running. If you cancel it, what it has imported so far is taken back and nothing is changed.</source>
            <translation>La importación sigue en curso. Si la cancelas, se deshace lo importado hasta ahora y no se cambia nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel import</source>
            <translation>Cancelar importación</translation>
        </message>
    </context>
    <context>
        <name>InboxArea</name>
        <message>
            <location filename="../../ui/mail/inbox_area.py" line="+82" />
            <location line="+113" />
            <source>Inbox</source>
            <translation>Bandeja de entrada</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Messages waiting to be sent, and those that could not be sent</source>
            <translation>Mensajes en espera de envío y los que no se pudieron enviar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>+ Compose</source>
            <translation>+ Redactar</translation>
        </message>
        <message>
            <location line="+12" />
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unlinked</source>
            <translation>Sin vincular</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unread</source>
            <translation>No leídos</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show: %1</source>
            <translation>Mostrar: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Messages from addresses that are not a client's or a contact's</source>
            <translation>Mensajes de direcciones que no son de ningún cliente ni contacto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search subject, addresses and text</source>
            <translation>Buscar en asunto, direcciones y texto</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Connect your email</source>
            <translation>Conecta tu correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set up your email account in Settings → Email. Consulta then brings in your messages in the background and files each one to the client or contact it is from or to; they stay readable with no network.</source>
            <translation>Configura tu cuenta de correo en Configuración → Correo electrónico. Consulta traerá tus mensajes en segundo plano y archivará cada uno en la ficha del cliente o contacto que lo envía o lo recibe; se pueden leer sin conexión.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open Settings</source>
            <translation>Abrir Configuración</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Inbox (%1)</source>
            <translation>Bandeja de entrada (%1)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No message matches.</source>
            <translation>Ningún mensaje coincide.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No messages yet. They show here after the first sync; the status bar says how it is going.</source>
            <translation>Todavía no hay mensajes. Aparecerán aquí tras la primera sincronización; la barra de estado indica cómo va.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Outbox (%1)</source>
            <translation>Bandeja de salida (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outbox</source>
            <translation>Bandeja de salida</translation>
        </message>
    </context>
    <context>
        <name>InboxTab</name>
        <message>
            <location filename="../../ui/clients/record/inbox_tab.py" line="+85" />
            <source>+ Compose</source>
            <translation>+ Redactar</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Send appointment reminders by email</source>
            <translation>Enviar recordatorios de citas por correo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of the reminders</source>
            <translation>Idioma de los recordatorios</translation>
        </message>
        <message>
            <location line="+10" />
            <source>in</source>
            <translation>en</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add an email address in the Personal tab first.</source>
            <translation>Añade primero una dirección de correo en la pestaña Personal.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No email with this client yet. Messages to and from their addresses show here, older ones too.</source>
            <translation>Todavía no hay correos con este cliente. Aquí aparecen los mensajes enviados a sus direcciones y recibidos de ellas, también los antiguos.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set up your email account in Settings → Email to see your messages with this client here.</source>
            <translation>Configura tu cuenta de correo en Configuración → Correo electrónico para ver aquí tus mensajes con este cliente.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>(no subject)</source>
            <translation>(sin asunto)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You</source>
            <translation>Yo</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Add an email address in the Personal tab to send reminders.</source>
            <translation>Añade una dirección de correo en la pestaña Personal para enviar recordatorios.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>They start once your email account is set up.</source>
            <translation>Empezarán cuando tu cuenta de correo esté configurada.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not changed</source>
            <translation>No se ha cambiado</translation>
        </message>
    </context>
    <context>
        <name>InboxTabText</name>
        <message numerus="yes">
            <location line="-130" />
            <source>%n conversation(s)</source>
            <translation>
                <numerusform>%n conversación</numerusform>
                <numerusform>%n conversaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n mensaje</numerusform>
                <numerusform>%n mensajes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+117" />
            <source>Sent from your email account %n hour(s) before each appointment, with its date and time only: no health details.</source>
            <translation>
                <numerusform>Se envían desde tu cuenta de correo %n hora antes de cada cita, solo con su fecha y hora: ningún dato de salud.</numerusform>
                <numerusform>Se envían desde tu cuenta de correo %n horas antes de cada cita, solo con su fecha y hora: ningún dato de salud.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxText</name>
        <message numerus="yes">
            <location filename="../../ui/mail/inbox_area.py" line="-14" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n mensaje</numerusform>
                <numerusform>%n mensajes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n unread</source>
            <translation>
                <numerusform>%n sin leer</numerusform>
                <numerusform>%n sin leer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvoiceActions</name>
        <message>
            <location filename="../../ui/billing/invoice_actions.py" line="+87" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+4" />
            <location line="+20" />
            <location line="+23" />
            <source>The PDF was not saved</source>
            <translation>No se ha guardado el PDF</translation>
        </message>
        <message>
            <location line="-42" />
            <source>%1 could not be written: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Save credit note PDF</source>
            <translation>Guardar PDF de la nota de crédito</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save invoice PDF</source>
            <translation>Guardar PDF de la factura</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Save receipt PDF</source>
            <translation>Guardar PDF del recibo</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Not duplicated</source>
            <translation>No se ha duplicado</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Not deleted</source>
            <translation>No se ha eliminado</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Delete draft</source>
            <translation>Eliminar borrador</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Delete this draft invoice? It has no number yet, so no number is lost.</source>
            <translation>¿Eliminar este borrador de factura? Aún no tiene número, así que no se pierde ninguno.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Email comes with the Inbox part of Consulta.</source>
            <translation>El correo llega con la parte Bandeja de entrada de Consulta.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issue the invoice before sending it.</source>
            <translation>Emite la factura antes de enviarla.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+7" />
            <source>Not sent</source>
            <translation>No se ha enviado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Credit note %1</source>
            <translation>Nota de crédito %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hello %1,

Please find attached credit note %2, which cancels invoice %3.

Kind regards,
%4</source>
            <translation>Hola, %1:

Adjunto la nota de crédito %2, que anula la factura %3.

Un saludo,
%4</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Invoice %1</source>
            <translation>Factura %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hello %1,

Please find attached invoice %2 for %3.

Kind regards,
%4</source>
            <translation>Hola, %1:

Adjunto la factura %2 por %3.

Un saludo,
%4</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A credit note is not paid: it cancels an invoice.</source>
            <translation>Una nota de crédito no se paga: anula una factura.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Issue the invoice before recording a payment.</source>
            <translation>Emite la factura antes de registrar un pago.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This invoice is paid.</source>
            <translation>Esta factura está pagada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This invoice is cancelled.</source>
            <translation>Esta factura está anulada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A credit note cannot be cancelled.</source>
            <translation>Una nota de crédito no se puede anular.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A draft has no number yet: delete it instead.</source>
            <translation>Un borrador aún no tiene número: elimínalo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This invoice is already cancelled.</source>
            <translation>Esta factura ya está anulada.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Duplicate the invoice instead of its credit note.</source>
            <translation>Duplica la factura en lugar de su nota de crédito.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The client was erased; this invoice is kept as issued.</source>
            <translation>El cliente se ha borrado definitivamente; esta factura se conserva tal como se emitió.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit draft…</source>
            <translation>Editar borrador…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>View credit note</source>
            <translation>Ver nota de crédito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>View invoice</source>
            <translation>Ver factura</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Download PDF…</source>
            <translation>Descargar PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email…</source>
            <translation>Enviar por correo…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record payment…</source>
            <translation>Registrar pago…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel with credit note…</source>
            <translation>Anular con nota de crédito…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete draft…</source>
            <translation>Eliminar borrador…</translation>
        </message>
    </context>
    <context>
        <name>InvoiceAppointmentsDialog</name>
        <message>
            <location filename="../../ui/billing/create_from_appointments.py" line="+24" />
            <source>Invoice completed appointments</source>
            <translation>Facturar citas completadas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Appointments of %1 that are not on an invoice yet. The ticked ones become the lines of one draft invoice, which you can still change before issuing it.</source>
            <translation>Citas de %1 que aún no están en ninguna factura. Las marcadas pasan a ser las líneas de un borrador de factura, que aún puedes cambiar antes de emitirlo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Also list no-shows (to charge a missed session)</source>
            <translation>Mostrar también las ausencias (para cobrar una sesión perdida)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Create draft invoice</source>
            <translation>Crear borrador de factura</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No service</source>
            <translation>Sin servicio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (no-show)</source>
            <translation>%1 (no asistió)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No completed appointment is waiting to be invoiced: each one is on an invoice or a draft already.</source>
            <translation>Ninguna cita completada está pendiente de facturar: cada una ya está en una factura o en un borrador.</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>%n appointment(s) ticked, %1 before tax.</source>
            <translation>
                <numerusform>%n cita marcada, %1 sin IVA.</numerusform>
                <numerusform>%n citas marcadas, %1 sin IVA.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvoiceEditor</name>
        <message>
            <location filename="../../ui/billing/invoice_editor.py" line="+100" />
            <source>+ Add line</source>
            <translation>+ Añadir línea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove line</source>
            <translation>Quitar línea</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Delete draft…</source>
            <translation>Eliminar borrador…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save draft</source>
            <translation>&amp;Guardar borrador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Issue…</source>
            <translation>&amp;Emitir…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the invoice its number and freeze it</source>
            <translation>Asigna a la factura su número y la deja fija</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+136" />
            <source>Invoice discount: %1</source>
            <translation>Descuento de la factura: %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Line %1, %2: %3</source>
            <translation>Línea %1, %2: %3</translation>
        </message>
        <message>
            <location line="+85" />
            <location line="+7" />
            <source>Issue invoice</source>
            <translation>Emitir factura</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Issue this invoice to %1 for %2?

It gets the number %3 and today's date. An issued invoice can no longer be changed or deleted: to correct it, you cancel it with a credit note and issue a new one.</source>
            <translation>¿Emitir esta factura a nombre de %1 por %2?

Recibe el número %3 y la fecha de hoy. Una factura emitida ya no se puede cambiar ni eliminar: para corregirla, se anula con una nota de crédito y se emite una nueva.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add at least one line before issuing the invoice.</source>
            <translation>Añade al menos una línea antes de emitir la factura.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every line needs a description: it is printed on the invoice.</source>
            <translation>Cada línea necesita una descripción: se imprime en la factura.</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+4" />
            <source>Delete draft</source>
            <translation>Eliminar borrador</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Delete this draft invoice for %1? It has no number yet, so no number is lost; its appointments can be invoiced again.</source>
            <translation>¿Eliminar este borrador de factura de %1? Aún no tiene número, así que no se pierde ninguno; sus citas se podrán volver a facturar.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>An invoice for %1 that is not saved</source>
            <translation>Una factura para %1 sin guardar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This invoice has changes that are not saved. Close it and lose them?</source>
            <translation>Esta factura tiene cambios sin guardar. ¿Cerrarla y perderlos?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <location filename="../../ui/billing/invoice_heading.py" line="+41" />
            <source>Cancels invoice %1.</source>
            <translation>Anula la factura %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancelled by credit note %1.</source>
            <translation>Anulada por la nota de crédito %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reason: %1</source>
            <translation>Motivo: %1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>New invoice</source>
            <translation>Nueva factura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draft invoice</source>
            <translation>Borrador de factura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit note %1</source>
            <translation>Nota de crédito %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invoice %1</source>
            <translation>Factura %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not issued yet: no number, and it can still be changed.</source>
            <translation>Aún no emitida: sin número, y todavía se puede cambiar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issued %1</source>
            <translation>Emitida el %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Issued %1 · Due %2</source>
            <translation>Emitida el %1 · Vence el %2</translation>
        </message>
    </context>
    <context>
        <name>InvoiceLinesTable</name>
        <message>
            <location filename="../../ui/billing/invoice_lines_table.py" line="-243" />
            <source>No service</source>
            <translation>Sin servicio</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Qty</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit price</source>
            <translation>Precio unitario</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tax %</source>
            <translation>IVA %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Disc. %</source>
            <translation>Dto. %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount on this line, in percent</source>
            <translation>Descuento en esta línea, en porcentaje</translation>
        </message>
    </context>
    <context>
        <name>InvoiceOptions</name>
        <message>
            <location filename="../../ui/billing/invoice_options.py" line="+42" />
            <source>The language of the PDF: its words, dates and amounts</source>
            <translation>El idioma del PDF: sus textos, fechas e importes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice &amp;discount</source>
            <translation>&amp;Descuento de la factura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location line="+16" />
            <source>e.g. Thank you for your trust.</source>
            <translation>p. ej., Gracias por su confianza.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>&amp;Notes (printed on the invoice)</source>
            <translation>&amp;Notas (se imprimen en la factura)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>InvoicePayments</name>
        <message>
            <location filename="../../ui/billing/invoice_payments.py" line="+30" />
            <source>Payments</source>
            <translation>Pagos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No payment recorded yet.</source>
            <translation>Aún no hay pagos registrados.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
    </context>
    <context>
        <name>InvoiceStatus</name>
        <message>
            <location filename="../../ui/billing/status_text.py" line="+39" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpaid</source>
            <translation>Sin pagar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partly paid</source>
            <translation>Pagada en parte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overdue</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Pagada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Anulada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit note</source>
            <translation>Nota de crédito</translation>
        </message>
    </context>
    <context>
        <name>InvoiceTableModel</name>
        <message>
            <location filename="../../ui/clients/record/client_invoices_table.py" line="-187" />
            <location filename="../../ui/models/invoice_table_model.py" line="+38" />
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/models/invoice_table_model.py" line="+0" />
            <source>Issued</source>
            <translation>Emisión</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/models/invoice_table_model.py" line="+0" />
            <source>Due</source>
            <translation>Vencimiento</translation>
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
            <translation>Saldo</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/models/invoice_table_model.py" line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+17" />
            <source>for %1</source>
            <translation>de la %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancels invoice %1</source>
            <translation>Anula la factura %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>by %1</source>
            <translation>por %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled by credit note %1</source>
            <translation>Anulada por la nota de crédito %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 paid</source>
            <translation>%1 pagado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not issued yet: it has no number and can still be changed.</source>
            <translation>Aún no emitida: no tiene número y todavía se puede cambiar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 credit</source>
            <translation>%1 a favor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 paid beyond the total is kept as the client's credit.</source>
            <translation>%1 pagado por encima del total queda como saldo a favor del cliente.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location filename="../../ui/models/invoice_table_model.py" line="-1" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A draft gets its number when it is issued.</source>
            <translation>Un borrador recibe su número al emitirse.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit note for invoice %1</source>
            <translation>Nota de crédito de la factura %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open %1’s record</source>
            <translation>Abrir la ficha de %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Vencida hace %n día</numerusform>
                <numerusform>Vencida hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 paid beyond the total is kept as the client’s credit.</source>
            <translation>%1 pagado por encima del total queda como saldo a favor del cliente.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paid so far: %1</source>
            <translation>Pagado hasta ahora: %1</translation>
        </message>
    </context>
    <context>
        <name>InvoiceTotalsBox</name>
        <message>
            <location filename="../../ui/billing/invoice_totals_box.py" line="+74" />
            <source>Subtotal</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Discount (%1)</source>
            <translation>Descuento (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tax %1</source>
            <translation>IVA %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tax</source>
            <translation>IVA</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total credited</source>
            <translation>Total acreditado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paid</source>
            <translation>Pagado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Balance due</source>
            <translation>Pendiente de pago</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Client credit</source>
            <translation>Saldo a favor del cliente</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <location filename="../../ui/documentation/rich_text_dialogs.py" line="+52" />
            <location line="+15" />
            <source>Insert link</source>
            <translation>Insertar enlace</translation>
        </message>
        <message>
            <location line="-11" />
            <source>https://… or name@example.com</source>
            <translation>https://… o nombre@ejemplo.com</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Text</source>
            <translation>&amp;Texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address</source>
            <translation>&amp;Dirección</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Web (http, https) and email addresses only.</source>
            <translation>Solo direcciones web (http, https) y de correo.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Enter a web address (https://…) or an email address. Other kinds of links are not allowed in notes.</source>
            <translation>Escribe una dirección web (https://…) o de correo. En las notas no se permiten otros tipos de enlace.</translation>
        </message>
    </context>
    <context>
        <name>LinkToClientDialog</name>
        <message>
            <location filename="../../ui/mail/link_dialog.py" line="+36" />
            <location line="+5" />
            <source>Link to client</source>
            <translation>Vincular a un cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The message will show in the client's Inbox tab.</source>
            <translation>El mensaje aparecerá en la pestaña Bandeja de entrada del cliente.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Also add %1 to the client's email addresses</source>
            <translation>Añadir también %1 a las direcciones de correo del cliente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Their other messages are then filed to the record too, including older ones still on the server.</source>
            <translation>Así sus otros mensajes también se archivan en la ficha, incluidos los más antiguos que sigan en el servidor.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Link</source>
            <translation>Vincular</translation>
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
        <name>LogoPicker</name>
        <message>
            <location filename="../../ui/settings/billing_fields.py" line="+91" />
            <source>&amp;Choose PNG…</source>
            <translation>Elegir &amp;PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 píxeles</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No logo</source>
            <translation>Sin logotipo</translation>
        </message>
    </context>
    <context>
        <name>MailBrowser</name>
        <message>
            <location filename="../../ui/mail/mail_browser.py" line="+126" />
            <source>Open link</source>
            <translation>Abrir enlace</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This link goes to:</source>
            <translation>Este enlace lleva a:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open in browser</source>
            <translation>Abrir en el navegador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open in mail program</source>
            <translation>Abrir en el programa de correo</translation>
        </message>
    </context>
    <context>
        <name>MailStatusWidget</name>
        <message>
            <location filename="../../ui/mail/status_widget.py" line="+67" />
            <source>Email sync: click for details</source>
            <translation>Sincronización del correo: haz clic para ver los detalles</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check for new email and send the Outbox now (F5)</source>
            <translation>Buscar correo nuevo y enviar ahora la bandeja de salida (F5)</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Checking for new email…</source>
            <translation>Buscando correo nuevo…</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Preparing %Ln new message(s)…</source>
            <translation>
                <numerusform>Preparando %Ln mensaje nuevo…</numerusform>
                <numerusform>Preparando %Ln mensajes nuevos…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Syncing %1 of %2</source>
            <translation>Sincronizando %1 de %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Login failed — click for details</source>
            <translation>Error al iniciar sesión: haz clic para ver los detalles</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 — retrying in %2</source>
            <translation>%1 — nuevo intento en %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 — click for details</source>
            <translation>%1 — haz clic para ver los detalles</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n message(s) waiting to be sent</source>
            <translation>
                <numerusform>%n mensaje en espera de envío</numerusform>
                <numerusform>%n mensajes en espera de envío</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Login failed</source>
            <translation>Error al iniciar sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Certificate problem</source>
            <translation>Problema con el certificado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server error</source>
            <translation>Error del servidor de correo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not synced yet</source>
            <translation>Aún sin sincronizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Synced at %1</source>
            <translation>Sincronizado a las %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Synced on %1 at %2</source>
            <translation>Sincronizado el %1 a las %2</translation>
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
            <translation>Sincronización del correo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email &amp;settings…</source>
            <translation>&amp;Configuración del correo…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync &amp;now</source>
            <translation>Sincronizar a&amp;hora</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Consulta does not try again by itself, so that your provider does not lock the account. Check the password in Settings → Email, or choose Sync now.</source>
            <translation>Consulta no vuelve a intentarlo por sí solo, para que tu proveedor no bloquee la cuenta. Comprueba la contraseña en Configuración → Correo electrónico, o elige Sincronizar ahora.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consulta tries again in %1.</source>
            <translation>Consulta lo volverá a intentar dentro de %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sending: %1</source>
            <translation>Envío: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consulta checks for new email every few minutes, and at once when your server announces new mail.</source>
            <translation>Consulta busca correo nuevo cada pocos minutos, y al momento cuando tu servidor avisa de que ha llegado correo.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="+86" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Workspace unlocked</source>
            <translation>Espacio de trabajo desbloqueado</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Billing</source>
            <translation>Facturación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Templates</source>
            <translation>Plantillas</translation>
        </message>
        <message>
            <location line="+66" />
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
            <source>&amp;Export practice…</source>
            <translation>&amp;Exportar la consulta…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clients from a CSV file…</source>
            <translation>Clientes desde un archivo CSV…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Contacts from a CSV file…</source>
            <translation>Contactos desde un archivo CSV…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Past imports…</source>
            <translation>Importaciones anteriores…</translation>
        </message>
        <message>
            <location line="+3" />
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
            <source>Search clients, contacts, notes and forms</source>
            <translation>Buscar clientes, contactos, notas y formularios</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search clients, contacts, notes and forms (Ctrl+K)</source>
            <translation>Buscar clientes, contactos, notas y formularios (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Passphrase changed</source>
            <translation>Frase de contraseña cambiada</translation>
        </message>
        <message>
            <location line="+27" />
            <source>About Consulta</source>
            <translation>Acerca de Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;Your practice in one encrypted file on this computer.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
            <translation>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;Tu consulta en un único archivo cifrado en este ordenador.&lt;/p&gt;&lt;p&gt;Espacio de trabajo: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Go</source>
            <translation>&amp;Ir a</translation>
        </message>
        <message>
            <location line="+24" />
            <source>S&amp;ync email now</source>
            <translation>Sinc&amp;ronizar el correo ahora</translation>
        </message>
        <message>
            <location line="+62" />
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
        <name>MessageTableModel</name>
        <message>
            <location filename="../../ui/mail/message_table.py" line="+125" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Filed to</source>
            <translation>Ficha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+45" />
            <source>To: %1</source>
            <translation>Para: %1</translation>
        </message>
        <message>
            <location line="+31" />
            <source>(no subject)</source>
            <translation>(sin asunto)</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+4" />
            <source>Unread</source>
            <translation>No leído</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Could not be displayed fully</source>
            <translation>No se pudo mostrar completo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read</source>
            <translation>Leído</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <location filename="../../ui/mail/message_view.py" line="+130" />
            <source>Select a message to read it.</source>
            <translation>Selecciona un mensaje para leerlo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reply</source>
            <translation>Responder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reply all</source>
            <translation>Responder a todos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forward</source>
            <translation>Reenviar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Link to client…</source>
            <translation>Vincular a un cliente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File this message to a client's record</source>
            <translation>Archivar este mensaje en la ficha de un cliente</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Más acciones</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+143" />
            <source>Mark as unread</source>
            <translation>Marcar como no leído</translation>
        </message>
        <message>
            <location line="-140" />
            <location line="+52" />
            <source>Show raw source</source>
            <translation>Ver el código fuente</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Delete from Consulta…</source>
            <translation>Eliminar de Consulta…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cc</source>
            <translation>CC</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filed to</source>
            <translation>Archivado en</translation>
        </message>
        <message>
            <location line="+84" />
            <source>(no subject)</source>
            <translation>(sin asunto)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Deleted on the mail server; kept here because it is filed to a record.</source>
            <translation>Eliminado del servidor de correo; se conserva aquí porque está archivado en una ficha.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Not filed to a client yet.</source>
            <translation>Todavía no está archivado en la ficha de ningún cliente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not the address of any client or contact yet.</source>
            <translation>%1 todavía no es la dirección de ningún cliente ni contacto.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sender</source>
            <translation>El remitente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mark as read</source>
            <translation>Marcar como leído</translation>
        </message>
        <message>
            <location line="+10" />
            <source>client</source>
            <translation>cliente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>contact</source>
            <translation>contacto</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Some characters could not be read</source>
            <translation>Algunos caracteres no se pudieron leer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This message could not be displayed fully.</source>
            <translation>Este mensaje no se pudo mostrar completo.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Raw source</source>
            <translation>Código fuente</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot write the message</source>
            <translation>No se puede escribir el mensaje</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Delete this message from Consulta? The copy on the mail server is not touched, and it is not downloaded again.</source>
            <translation>¿Eliminar este mensaje de Consulta? La copia del servidor de correo no se toca, y no se vuelve a descargar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete this message from Consulta? It is no longer on the mail server, so it will be gone for good.</source>
            <translation>¿Eliminar este mensaje de Consulta? Ya no está en el servidor de correo, así que desaparecerá para siempre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not deleted</source>
            <translation>No se ha eliminado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete message</source>
            <translation>Eliminar mensaje</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>MethodRow</name>
        <message>
            <location filename="../../ui/clients/record/payment_lists.py" line="+210" />
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bank account</source>
            <translation>Cuenta bancaria</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Default</source>
            <translation>Predeterminado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expired</source>
            <translation>Caducada</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Actions for %1</source>
            <translation>Acciones para %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make default</source>
            <translation>Hacer predeterminado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message numerus="yes">
            <location filename="../../ui/calendar/month_view.py" line="+211" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n más</numerusform>
                <numerusform>+%n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_field_dialog.py" line="+82" />
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
        <name>NewColumnFieldDialog</name>
        <message>
            <location filename="../../ui/transfer/import_new_field_dialog.py" line="+37" />
            <source>New custom field</source>
            <translation>Nuevo campo personalizado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For the column “%1”. The field is created when the import runs, and removed again if you undo the import.</source>
            <translation>Para la columna «%1». El campo se crea al hacer la importación y se vuelve a quitar si la deshaces.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>One option per line</source>
            <translation>Una opción por línea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values in the column that are not listed here are added as options.</source>
            <translation>Los valores de la columna que no figuren aquí se añaden como opciones.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Label</source>
            <translation>Etiqueta del campo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use this field</source>
            <translation>Usar este campo</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The field needs a label.</source>
            <translation>El campo necesita una etiqueta.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a section for the field, or type a new one.</source>
            <translation>Elige una sección para el campo o escribe una nueva.</translation>
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
        <name>NoteActions</name>
        <message>
            <location filename="../../ui/documentation/note_actions.py" line="+112" />
            <source>Not shared</source>
            <translation>No se ha compartido</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not changed</source>
            <translation>No se ha cambiado</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The PDF was not saved</source>
            <translation>No se ha guardado el PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save note PDF</source>
            <translation>Guardar el PDF de la nota</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Email comes with the Inbox part of Consulta.</source>
            <translation>El correo llega con la parte Bandeja de entrada de Consulta.</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+9" />
            <source>Not sent</source>
            <translation>No enviado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hello %1,

Please find attached the note “%2” of %3.

Kind regards,
%4</source>
            <translation>Hola, %1:

Adjunto la nota «%2» del %3.

Un saludo,
%4</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Not duplicated</source>
            <translation>No se ha duplicado</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Not deleted</source>
            <translation>No se ha eliminado</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+4" />
            <source>Delete draft</source>
            <translation>Eliminar borrador</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Delete this draft note for good? It was never completed, so no record is lost.</source>
            <translation>¿Eliminar definitivamente este borrador? Nunca se completó, así que no se pierde ningún registro.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Not restored</source>
            <translation>No se ha restaurado</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share…</source>
            <translation>Compartir…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complete the note before sharing it.</source>
            <translation>Completa la nota antes de compartirla.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make private</source>
            <translation>Hacer privada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete draft…</source>
            <translation>Eliminar borrador…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move to trash…</source>
            <translation>Mover a la papelera…</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../ui/documentation/addenda_view.py" line="-108" />
            <source>%1 at %2</source>
            <translation>%1 a las %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Addendum of %1 by %2</source>
            <translation>Adenda del %1 por %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Addendum of %1</source>
            <translation>Adenda del %1</translation>
        </message>
        <message>
            <location filename="../../ui/documentation/note_editor.py" line="+115" />
            <source>Changes are saved as you type.</source>
            <translation>Los cambios se guardan mientras escribes.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Title of the note</source>
            <translation>Título de la nota</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ppointment</source>
            <translation>&amp;Cita</translation>
        </message>
        <message>
            <location line="+30" />
            <source>More actions</source>
            <translation>Más acciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete draft…</source>
            <translation>Eliminar borrador…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add addendum…</source>
            <translation>Añadir adenda…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Share…</source>
            <translation>Compartir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the note as shared with the client and give it to them as a PDF</source>
            <translation>Marca la nota como compartida con el cliente y dásela en PDF</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the note out of the trash</source>
            <translation>Sacar la nota de la papelera</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complete…</source>
            <translation>Completar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finish the note: its text can no longer be changed afterwards</source>
            <translation>Completa la nota: después su texto ya no se podrá cambiar</translation>
        </message>
        <message>
            <location line="+38" />
            <source>No appointment</source>
            <translation>Sin cita</translation>
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
            <translation>Nota nueva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Untitled note</source>
            <translation>Nota sin título</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The note “%1” could not be saved.</source>
            <translation>No se pudo guardar la nota «%1».</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved %1</source>
            <translation>Guardado a las %1</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Note not saved</source>
            <translation>Nota no guardada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close anyway? The changes since the last save are lost.</source>
            <translation>¿Cerrar de todos modos? Se perderán los cambios desde la última vez que se guardó.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close without saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Give the note a title before completing it.</source>
            <translation>Ponle un título a la nota antes de completarla.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The note is empty. Write something before completing it.</source>
            <translation>La nota está vacía. Escribe algo antes de completarla.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+4" />
            <source>Complete note</source>
            <translation>Completar nota</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Complete “%1”?

The text can no longer be changed afterwards. Later corrections are added as dated addenda under it.</source>
            <translation>¿Completar «%1»?

Después el texto ya no se podrá cambiar. Las correcciones posteriores se añaden debajo como adendas fechadas.</translation>
        </message>
    </context>
    <context>
        <name>NoteHeading</name>
        <message>
            <location filename="../../ui/documentation/note_heading.py" line="+63" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shared</source>
            <translation>Compartida</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In the trash</source>
            <translation>En la papelera</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Shared with the client on %1.</source>
            <translation>Compartida con el cliente el %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Private: only you can see this note.</source>
            <translation>Privada: solo tú puedes ver esta nota.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In the trash since %1. Reason: %2</source>
            <translation>En la papelera desde el %1. Motivo: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Completed on %1 by %2</source>
            <translation>Completada el %1 por %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completed on %1</source>
            <translation>Completada el %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Date: %1</source>
            <translation>Fecha: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Appointment: %1</source>
            <translation>Cita: %1</translation>
        </message>
    </context>
    <context>
        <name>NoteReadingView</name>
        <message>
            <location filename="../../ui/documentation/addenda_view.py" line="+71" />
            <source>Addenda</source>
            <translation>Adendas</translation>
        </message>
    </context>
    <context>
        <name>NoteTemplateEditor</name>
        <message>
            <location filename="../../ui/templates/note_template_editor.py" line="+41" />
            <source>New note template</source>
            <translation>Nueva plantilla de nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit note template</source>
            <translation>Editar plantilla de nota</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The text a new note starts with: headings for each part and short prompts under them. Notes already written from this template keep their own text.</source>
            <translation>El texto con el que empieza una nota nueva: títulos para cada parte y breves indicaciones debajo. Las notas ya escritas con esta plantilla conservan su propio texto.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Couples session note</source>
            <translation>p. ej., Nota de sesión de pareja</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Note template “%1”</source>
            <translation>Plantilla de nota «%1»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Discard the changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The changes to this template have not been saved.</source>
            <translation>Los cambios de esta plantilla no se han guardado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
    </context>
    <context>
        <name>NoteTemplatePicker</name>
        <message>
            <location filename="../../ui/documentation/template_picker.py" line="+57" />
            <source>New note from a template</source>
            <translation>Nota nueva desde una plantilla</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a template</source>
            <translation>Elige una plantilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The note starts with the template’s text; change anything before you complete it. Templates are made and changed in the Templates area.</source>
            <translation>La nota empieza con el texto de la plantilla; cambia lo que quieras antes de completarla. Las plantillas se crean y se cambian en el área Plantillas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Filter templates</source>
            <translation>Filtrar plantillas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There are no note templates yet. Create one in the Templates area.</source>
            <translation>Todavía no hay plantillas de notas. Crea una en el área Plantillas.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Use template</source>
            <translation>&amp;Usar plantilla</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <location filename="../../ui/mail/outbox_view.py" line="+67" />
            <source>Not sent</source>
            <translation>No enviado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Copy to the Sent folder pending</source>
            <translation>Falta la copia en la carpeta Enviados</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+8" />
            <source>Outbox</source>
            <translation>Bandeja de salida</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The Outbox is empty</source>
            <translation>La bandeja de salida está vacía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Messages wait here while there is no connection to your email server, and go out as soon as there is.</source>
            <translation>Los mensajes esperan aquí mientras no hay conexión con tu servidor de correo, y salen en cuanto la hay.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try to send the selected message now</source>
            <translation>Intentar enviar ahora el mensaje seleccionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard…</source>
            <translation>Descartar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <location line="+54" />
            <source>%n message(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n mensaje en espera de envío.</numerusform>
                <numerusform>%n mensajes en espera de envío.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n message(s) refused by the server.</source>
            <translation>
                <numerusform>%n mensaje rechazado por el servidor.</numerusform>
                <numerusform>%n mensajes rechazados por el servidor.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing waits to be sent. Messages sent in the last %1 days are listed here too.</source>
            <translation>No hay nada pendiente de envío. Aquí también aparecen los mensajes enviados en los últimos %1 días.</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+66" />
            <source>(no subject)</source>
            <translation>(sin asunto)</translation>
        </message>
        <message>
            <location line="-45" />
            <source>The server refused this message.
%1
If an address was mistyped, discard this message and write it again; otherwise try again with Retry.</source>
            <translation>El servidor rechazó este mensaje.
%1
Si una dirección estaba mal escrita, descarta este mensaje y vuelve a escribirlo; si no, inténtalo de nuevo con Reintentar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not sent yet: %1
It is sent as soon as the connection is back.</source>
            <translation>Aún no enviado: %1
Se enviará en cuanto vuelva la conexión.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for its turn to be sent.</source>
            <translation>Esperando su turno para enviarse.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sent to %2.</source>
            <translation>Enviado a %2.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>It goes out as soon as Consulta is connected to your email server.</source>
            <translation>Sale en cuanto Consulta se conecte a tu servidor de correo.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Discard message</source>
            <translation>Descartar mensaje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard “%1”? It has not been sent and will not be.</source>
            <translation>¿Descartar «%1»? No se ha enviado y ya no se enviará.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
    </context>
    <context>
        <name>OverviewSummary</name>
        <message>
            <location filename="../../ui/clients/record/overview_summary.py" line="+29" />
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semana</numerusform>
                <numerusform>%n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n año</numerusform>
                <numerusform>%n años</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>in %1</source>
            <translation>dentro de %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 ago</source>
            <translation>hace %1</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../ui/clients/record/overview_tab.py" line="+70" />
            <source>Book appointment</source>
            <translation>Reservar cita</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Mark all completed</source>
            <translation>Marcar todas como completadas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No upcoming appointments.</source>
            <translation>No hay próximas citas.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Book one…</source>
            <translation>Reservar una…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No past appointments yet.</source>
            <translation>Aún no hay citas pasadas.</translation>
        </message>
        <message numerus="yes">
            <location line="+44" />
            <source>%n past appointment(s) are still marked scheduled. Were they held?</source>
            <translation>
                <numerusform>%n cita pasada sigue como programada. ¿Se realizó?</numerusform>
                <numerusform>%n citas pasadas siguen como programadas. ¿Se realizaron?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Upcoming (%1)</source>
            <translation>Próximas (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Past (%1)</source>
            <translation>Pasadas (%1)</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../ui/billing/payment_dialog.py" line="+63" />
            <location line="+80" />
            <source>Record payment</source>
            <translation>Registrar pago</translation>
        </message>
        <message>
            <location line="-57" />
            <source>%1 · %2 to pay</source>
            <translation>%1 · %2 por pagar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No invoice: keep as the client's credit</source>
            <translation>Sin factura: dejar como saldo a favor del cliente</translation>
        </message>
        <message>
            <location line="+18" />
            <source>e.g. transfer reference, cheque number</source>
            <translation>p. ej., ref. de la transferencia, n.º de cheque</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Invoice</source>
            <translation>&amp;Factura</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date received</source>
            <translation>Fecha de &amp;cobro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount</source>
            <translation>&amp;Importe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Method</source>
            <translation>&amp;Método</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reference</source>
            <translation>&amp;Referencia</translation>
        </message>
        <message>
            <location line="+69" />
            <source>The whole amount is kept as the client's credit.</source>
            <translation>Todo el importe queda como saldo a favor del cliente.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is still to pay on %2.</source>
            <translation>Quedan %1 por pagar en %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 will be paid in full.</source>
            <translation>%1 quedará pagada del todo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A part payment: %1 will remain to pay.</source>
            <translation>Un pago parcial: quedarán %1 por pagar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 more than is owed: kept as the client's credit.</source>
            <translation>%1 más de lo que se debe: queda como saldo a favor del cliente.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Payment recorded</source>
            <translation>Pago registrado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save receipt PDF…</source>
            <translation>Guardar PDF del recibo…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 received on %2, kept as the client's credit.</source>
            <translation>%1 recibidos el %2, como saldo a favor del cliente.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 received on %2 for %3, which is now paid.</source>
            <translation>%1 recibidos el %2 para la %3, que ya está pagada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 received on %2 for %3; %4 remains to pay.</source>
            <translation>%1 recibidos el %2 para la %3; quedan %4 por pagar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Receipt number: %1</source>
            <translation>Número de recibo: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved as %1</source>
            <translation>Guardado como %1</translation>
        </message>
    </context>
    <context>
        <name>PaymentList</name>
        <message>
            <location filename="../../ui/clients/record/payment_lists.py" line="-52" />
            <source>Save receipt PDF…</source>
            <translation>Guardar PDF del recibo…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete payment…</source>
            <translation>Eliminar pago…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not deleted</source>
            <translation>No se ha eliminado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete the payment of %1 received on %2? Do this only for a payment recorded by mistake: its receipt number %3 is not reused, and the log keeps that it was deleted.</source>
            <translation>¿Eliminar el pago de %1 recibido el %2? Hazlo solo con un pago registrado por error: su número de recibo %3 no se reutiliza, y el registro guarda constancia de que se eliminó.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+3" />
            <source>Delete payment</source>
            <translation>Eliminar pago</translation>
        </message>
    </context>
    <context>
        <name>PaymentMethodDialog</name>
        <message>
            <location filename="../../ui/billing/payment_method_dialog.py" line="+64" />
            <source>New payment method</source>
            <translation>Nuevo método de pago</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consulta does no card processing: it works offline and never charges a card. It keeps only what helps you recognise one — the brand, the last 4 digits and the expiry date — never the full card number or the security code.</source>
            <translation>Consulta no procesa tarjetas: funciona sin conexión y nunca hace cargos en una tarjeta. Solo guarda lo que te ayuda a reconocerla (la marca, los últimos 4 dígitos y la fecha de caducidad), nunca el número completo ni el código de seguridad.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Card</source>
            <translation>&amp;Tarjeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Bank account</source>
            <translation>Cuenta &amp;bancaria</translation>
        </message>
        <message>
            <location line="+15" />
            <source>e.g. Visa</source>
            <translation>p. ej., Visa</translation>
        </message>
        <message>
            <location line="+7" />
            <source>MM/YY</source>
            <translation>MM/AA</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Joint account, Caixa</source>
            <translation>p. ej., Cuenta conjunta, CaixaBank</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use as this client's default</source>
            <translation>Usar como predeterminado de este cliente</translation>
        </message>
        <message>
            <location line="+8" />
            <source>B&amp;rand</source>
            <translation>&amp;Marca</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Last 4 digits</source>
            <translation>Ú&amp;ltimos 4 dígitos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Expiry</source>
            <translation>&amp;Caducidad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Holder name</source>
            <translation>Nombre del t&amp;itular</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account &amp;label</source>
            <translation>&amp;Nombre de la cuenta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
    </context>
    <context>
        <name>PaymentMethodsPanel</name>
        <message>
            <location filename="../../ui/clients/record/payment_lists.py" line="+58" />
            <source>Payment methods</source>
            <translation>Métodos de pago</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ New payment method</source>
            <translation>+ Nuevo método de pago</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None kept for this client.</source>
            <translation>Ninguno guardado para este cliente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta does no card processing: it only keeps a note of how the client pays (never a full card number or security code).</source>
            <translation>Consulta no procesa tarjetas: solo anota cómo paga el cliente (nunca un número de tarjeta completo ni un código de seguridad).</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Remove payment method</source>
            <translation>Quitar método de pago</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove %1 from this client's payment methods?</source>
            <translation>¿Quitar %1 de los métodos de pago de este cliente?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not changed</source>
            <translation>No se ha cambiado</translation>
        </message>
    </context>
    <context>
        <name>PaymentTableModel</name>
        <message>
            <location line="-246" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Invoice</source>
            <translation>Factura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt</source>
            <translation>Recibo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Credit</source>
            <translation>Saldo a favor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of it is kept as the client's credit.</source>
            <translation>%1 queda como saldo a favor del cliente.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Receipt PDF, delete</source>
            <translation>PDF del recibo, eliminar</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../ui/person_form.py" line="+63" />
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
        <name>ProgressPanel</name>
        <message>
            <location filename="../../ui/transfer/progress_panel.py" line="+47" />
            <location line="+19" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Starting…</source>
            <translation>Empezando…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelling: undoing what was done…</source>
            <translation>Cancelando: deshaciendo lo hecho…</translation>
        </message>
    </context>
    <context>
        <name>QuestionWidget</name>
        <message>
            <location filename="../../ui/documentation/form_questions.py" line="+89" />
            <source>Write the date like %1, or pick it.</source>
            <translation>Escribe la fecha como %1, o elígela.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>An answer is required</source>
            <translation>Hace falta una respuesta</translation>
        </message>
        <message>
            <location line="+307" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 out of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Signed by %1 on %2</source>
            <translation>Firmado por %1 el %2</translation>
        </message>
    </context>
    <context>
        <name>RawSourceDialog</name>
        <message>
            <location filename="../../ui/mail/message_view.py" line="-329" />
            <source>Raw source</source>
            <translation>Código fuente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no subject)</source>
            <translation>(sin asunto)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Only the beginning is shown: the message is very large.</source>
            <translation>Solo se muestra el principio: el mensaje es muy grande.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Cerrar</translation>
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
            <location line="+7" />
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
        <name>RichTextToolbar</name>
        <message>
            <location filename="../../ui/documentation/rich_text_toolbar.py" line="+102" />
            <source>Paragraph or heading</source>
            <translation>Párrafo o título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paragraph</source>
            <translation>Párrafo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Heading 1</source>
            <translation>Título 1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heading 2</source>
            <translation>Título 2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Heading 3</source>
            <translation>Título 3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>B</source>
            <translation>N</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bold</source>
            <translation>Negrita</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I</source>
            <translation>K</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Italic</source>
            <translation>Cursiva</translation>
        </message>
        <message>
            <location line="+3" />
            <source>U</source>
            <translation>S</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Underline</source>
            <translation>Subrayado</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <source>Bulleted list</source>
            <translation>Lista con viñetas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Numbered list</source>
            <translation>Lista numerada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Insert table…</source>
            <translation>Insertar tabla…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert link…</source>
            <translation>Insertar enlace…</translation>
        </message>
    </context>
    <context>
        <name>ScaleQuestion</name>
        <message>
            <location filename="../../ui/documentation/form_questions.py" line="-155" />
            <source>%1 out of %2</source>
            <translation>%1 de %2</translation>
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
        <name>ServerFields</name>
        <message>
            <location filename="../../ui/settings/email_fields.py" line="-153" />
            <source>TLS (encrypted from the start)</source>
            <translation>TLS (cifrado desde el principio)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>STARTTLS (encrypted after connecting)</source>
            <translation>STARTTLS (cifrado tras conectar)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Security</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../ui/settings/service_dialog.py" line="+53" />
            <source>New service</source>
            <translation>Nuevo servicio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit service</source>
            <translation>Editar servicio</translation>
        </message>
        <message>
            <location line="+8" />
            <source>e.g. Couples session</source>
            <translation>p. ej., Sesión de pareja</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Offered for new appointments</source>
            <translation>Disponible para nuevas citas</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Duration</source>
            <translation>&amp;Duración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Price</source>
            <translation>&amp;Precio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Tax rate</source>
            <translation>Tipo de &amp;IVA</translation>
        </message>
        <message>
            <location line="+9" />
            <source>In %1, the practice currency. The duration and price are suggestions: each appointment can differ.</source>
            <translation>En %1, la moneda de la consulta. La duración y el precio son sugerencias: cada cita puede ser distinta.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
    </context>
    <context>
        <name>ServicesSettingsPage</name>
        <message>
            <location filename="../../ui/settings/services_page.py" line="+53" />
            <source>Services</source>
            <translation>Servicios</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What you offer. A new appointment takes its duration and price from its service; inactive services stay on past appointments but are not offered for new ones.</source>
            <translation>Lo que ofreces. Una cita nueva toma la duración y el precio de su servicio; los servicios inactivos se mantienen en las citas pasadas, pero no se ofrecen para las nuevas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tax</source>
            <translation>IVA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No services yet: add what you offer with + New service.</source>
            <translation>Aún no hay servicios: añade lo que ofreces con + Nuevo servicio.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>+ &amp;New service</source>
            <translation>+ &amp;Nuevo servicio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+88" />
            <source>Deacti&amp;vate</source>
            <translation>&amp;Desactivar</translation>
        </message>
        <message>
            <location line="-87" />
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>Ba&amp;jar</translation>
        </message>
        <message>
            <location line="+50" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Inactive</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Acti&amp;vate</source>
            <translation>&amp;Activar</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Service added: %1.</source>
            <translation>Servicio añadido: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service saved: %1.</source>
            <translation>Servicio guardado: %1.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>“%1” is offered again for new appointments.</source>
            <translation>«%1» vuelve a ofrecerse para nuevas citas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1” is no longer offered for new appointments; past appointments keep it.</source>
            <translation>«%1» ya no se ofrece para nuevas citas; las citas pasadas lo conservan.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>“%1” is the service of %n appointment(s). They stay in the calendar and in the client records, but without a service.

To stop offering it and keep those appointments as they are, deactivate it instead.</source>
            <translation>
                <numerusform>«%1» es el servicio de %n cita. Se queda en el calendario y en la ficha del cliente, pero sin servicio.

Para dejar de ofrecerlo y mantener esa cita tal como está, desactívalo en su lugar.</numerusform>
                <numerusform>«%1» es el servicio de %n citas. Se quedan en el calendario y en las fichas de los clientes, pero sin servicio.

Para dejar de ofrecerlo y mantener esas citas tal como están, desactívalo en su lugar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete “%1”? No appointment uses it.</source>
            <translation>¿Eliminar «%1»? Ninguna cita lo usa.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Delete service</source>
            <translation>Eliminar servicio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service deleted: %1.</source>
            <translation>Servicio eliminado: %1.</translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <location filename="../../ui/settings/settings_area.py" line="+20" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <location filename="../../ui/documentation/note_dialogs.py" line="+39" />
            <source>Share note</source>
            <translation>Compartir nota</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“%1” is now marked as shared with %2 (%3). Give them a copy:</source>
            <translation>«%1» queda marcada como compartida con %2 (%3). Dale una copia:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save PDF…</source>
            <translation>Guardar PDF…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Email to client…</source>
            <translation>Enviar por correo al cliente…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>To take the sharing back, use Make private in the note's menu.</source>
            <translation>Para dejar de compartirla, usa Hacer privada en el menú de la nota.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved as %1</source>
            <translation>Guardado como %1</translation>
        </message>
    </context>
    <context>
        <name>SignatureQuestion</name>
        <message>
            <location filename="../../ui/documentation/form_questions.py" line="+55" />
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date</source>
            <translation>Fecha</translation>
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
            <location filename="../../ui/application.py" line="+51" />
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
        <name>SummaryStrip</name>
        <message>
            <location filename="../../ui/clients/record/overview_summary.py" line="+47" />
            <source>Next appointment</source>
            <translation>Próxima cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last seen</source>
            <translation>Última visita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions this year</source>
            <translation>Sesiones este año</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outstanding</source>
            <translation>Pendiente de cobro</translation>
        </message>
        <message>
            <location line="+13" />
            <source>None booked</source>
            <translation>Ninguna reservada</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not yet</source>
            <translation>Aún no</translation>
        </message>
        <message>
            <location line="+6" />
            <source>completed in %1</source>
            <translation>realizadas en %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 overdue</source>
            <translation>%1 vencido</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All invoices paid</source>
            <translation>Todas las facturas pagadas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 in credit</source>
            <translation>%1 a su favor</translation>
        </message>
    </context>
    <context>
        <name>TableDialog</name>
        <message>
            <location filename="../../ui/documentation/rich_text_dialogs.py" line="+16" />
            <location line="+8" />
            <source>Insert table</source>
            <translation>Insertar tabla</translation>
        </message>
        <message>
            <location line="-4" />
            <source>&amp;Rows</source>
            <translation>&amp;Filas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Columns</source>
            <translation>&amp;Columnas</translation>
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
        <name>TaxRatesEditor</name>
        <message>
            <location filename="../../ui/settings/billing_fields.py" line="+20" />
            <source>e.g. 23</source>
            <translation>p. ej., 21</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New tax rate</source>
            <translation>Nuevo tipo de IVA</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add &amp;rate</source>
            <translation>Añadir &amp;tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove rate</source>
            <translation>Quitar tipo</translation>
        </message>
    </context>
    <context>
        <name>TemplatePreview</name>
        <message>
            <location filename="../../ui/templates/preview.py" line="+26" />
            <source>required</source>
            <translation>obligatoria</translation>
        </message>
    </context>
    <context>
        <name>TemplatesArea</name>
        <message>
            <location filename="../../ui/templates/templates_area.py" line="+73" />
            <source>Templates</source>
            <translation>Plantillas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note templates give a new note its starting text; intake forms are the questions you go through with a new client. Change them to fit how you work.</source>
            <translation>Las plantillas de notas dan a una nota nueva su texto inicial; los formularios de admisión son las preguntas que repasas con un cliente nuevo. Cámbialos para adaptarlos a tu forma de trabajar.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+2" />
            <source>+ New</source>
            <translation>+ Nuevo</translation>
        </message>
        <message>
            <location line="-1" />
            <source>New note template</source>
            <translation>Nueva plantilla de nota</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New intake form</source>
            <translation>Nuevo formulario de admisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No note templates. Make one with + New.</source>
            <translation>No hay plantillas de notas. Crea una con + Nuevo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No intake forms. Make one with + New.</source>
            <translation>No hay formularios de admisión. Crea uno con + Nuevo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Note templates</source>
            <translation>Plantillas de notas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Intake forms</source>
            <translation>Formularios de admisión</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose a template on the left to see it here.</source>
            <translation>Elige una plantilla a la izquierda para verla aquí.</translation>
        </message>
        <message>
            <location line="+160" />
            <source>Note template</source>
            <translation>Plantilla de nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Intake form</source>
            <translation>Formulario de admisión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>came with Consulta</source>
            <translation>viene con Consulta</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n note(s) started from it</source>
            <translation>
                <numerusform>%n nota empezada con ella</numerusform>
                <numerusform>%n notas empezadas con ella</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n pregunta</numerusform>
                <numerusform>%n preguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>filled in %n time(s)</source>
            <translation>
                <numerusform>rellenado %n vez</numerusform>
                <numerusform>rellenado %n veces</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Use for a client…</source>
            <translation>&amp;Usar con un cliente…</translation>
        </message>
        <message>
            <location line="-184" />
            <source>Du&amp;plicate</source>
            <translation>Du&amp;plicar</translation>
        </message>
        <message>
            <location line="+185" />
            <source>F&amp;ill in for a client…</source>
            <translation>&amp;Rellenar para un cliente…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Saved “%1”.</source>
            <translation>Se ha guardado «%1».</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Made “%1”. Edit it to make it yours.</source>
            <translation>Se ha creado «%1». Edita la copia para hacerla tuya.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete the note template “%1”? Notes already written from it keep their text.</source>
            <translation>¿Eliminar la plantilla de nota «%1»? Las notas ya escritas con ella conservan su texto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the intake form “%1”? Forms already filled in keep their questions and answers.</source>
            <translation>¿Eliminar el formulario de admisión «%1»? Los formularios ya rellenados conservan sus preguntas y respuestas.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Deleted “%1”.</source>
            <translation>Se ha eliminado «%1».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete template</source>
            <translation>Eliminar plantilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use “%1” for a client</source>
            <translation>Usar «%1» con un cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new draft note starts with this template’s text. It is kept in the client’s Documentation.</source>
            <translation>Un nuevo borrador de nota empieza con el texto de esta plantilla. Se guarda en la Documentación del cliente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create note</source>
            <translation>Crear nota</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fill in “%1” for a client</source>
            <translation>Rellenar «%1» para un cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the client’s answers; the filled-in form is kept in their Documentation.</source>
            <translation>Escribe las respuestas del cliente; el formulario rellenado se guarda en su Documentación.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Note “%1” started for %2.</source>
            <translation>Nota «%1» empezada para %2.</translation>
        </message>
    </context>
    <context>
        <name>TotalsStrip</name>
        <message>
            <location filename="../../ui/billing/billing_area.py" line="-238" />
            <source>Billed</source>
            <translation>Facturado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Cobrado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outstanding</source>
            <translation>Pendiente de cobro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client credit</source>
            <translation>Saldo a favor</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <location line="+4" />
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n factura</numerusform>
                <numerusform>%n facturas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>overpaid or paid ahead</source>
            <translation>pagado de más o por adelantado</translation>
        </message>
    </context>
    <context>
        <name>TransferText</name>
        <message>
            <location filename="../../ui/transfer/progress_panel.py" line="-54" />
            <source>The disk is full. Free some space, then try again.</source>
            <translation>El disco está lleno. Libera espacio y vuelve a intentarlo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consulta may not write there. Choose another folder.</source>
            <translation>Consulta no tiene permiso para escribir ahí. Elige otra carpeta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The files could not be written: %1</source>
            <translation>No se han podido escribir los archivos: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: %1</source>
            <translation>Algo ha fallado: %1</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../ui/documentation/note_dialogs.py" line="+17" />
            <source>Move note to trash</source>
            <translation>Mover la nota a la papelera</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is a completed note, so it is not deleted: it goes to the trash with your reason, and can be restored from there.</source>
            <translation>«%1» es una nota completada, así que no se elimina: va a la papelera con tu motivo y se puede restaurar desde allí.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Why is this note moved to the trash?</source>
            <translation>¿Por qué mueves esta nota a la papelera?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Move to trash</source>
            <translation>Mover a la papelera</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Reason (kept in the audit log)</source>
            <translation>&amp;Motivo (se guarda en el registro de auditoría)</translation>
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
    <context>
        <name>Uploader</name>
        <message>
            <location filename="../../ui/documentation/uploads.py" line="+79" />
            <source>“%1” is a folder. Add the files inside it instead.</source>
            <translation>«%1» es una carpeta. Añade en su lugar los archivos que contiene.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>“%1” is the same as “%2”, uploaded %3. Both are kept.</source>
            <translation>«%1» es igual que «%2», subido el %3. Se conservan los dos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is the same as another file of this client. Both are kept.</source>
            <translation>«%1» es igual que otro archivo de este cliente. Se conservan los dos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“%1” could not be read: %2</source>
            <translation>No se pudo leer «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>YesNoQuestion</name>
        <message>
            <location filename="../../ui/documentation/form_questions.py" line="-89" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
</TS>
