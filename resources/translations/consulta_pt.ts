<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name>ActionStrip</name>
        <message>
            <location filename="../../ui/clients/record/client_invoices_table.py" line="+283" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Mais ações</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <location filename="../../ui/documentation/addenda_view.py" line="+161" />
            <location line="+17" />
            <source>Add addendum</source>
            <translation>Adicionar adenda</translation>
        </message>
        <message>
            <location line="-13" />
            <source>The addendum is dated and signed, and shown under the note. The note itself stays exactly as it was completed.</source>
            <translation>A adenda fica datada e assinada, e aparece por baixo da nota. A nota em si fica exatamente como foi concluída.</translation>
        </message>
    </context>
    <context>
        <name>AddressEditor</name>
        <message>
            <location filename="../../ui/clients/record/field_editors.py" line="+171" />
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
        <name>AddressFields</name>
        <message>
            <location filename="../../ui/mail/address_fields.py" line="+75" />
            <source>name@example.com, another@example.com</source>
            <translation>nome@exemplo.pt, outro@exemplo.pt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cc</source>
            <translation>Cc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Cc recipients</source>
            <translation>Adicionar destinatários em cópia (Cc)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bcc</source>
            <translation>Bcc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add Bcc recipients: the others do not see them</source>
            <translation>Adicionar destinatários em cópia oculta (Bcc): os outros não os veem</translation>
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
            <translation>&amp;Cc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Bcc</source>
            <translation>&amp;Bcc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Subject</source>
            <translation>&amp;Assunto</translation>
        </message>
    </context>
    <context>
        <name>AppointmentActions</name>
        <message>
            <location filename="../../ui/appointments/appointment_actions.py" line="+40" />
            <source>Could not change the appointment</source>
            <translation>Não foi possível alterar a consulta</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Rebook</source>
            <translation>Voltar a marcar</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Delete appointment</source>
            <translation>Eliminar consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the appointment of %1 on %2? Use this for a booking made by mistake; to keep a record that it was called off, cancel it instead.</source>
            <translation>Eliminar a consulta de %1 (%2)? Faça-o com uma marcação feita por engano; para manter registo de que foi desmarcada, cancele-a antes.</translation>
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
                <numerusform>Assinalar como concluída %n consulta passada que continua marcada?</numerusform>
                <numerusform>Assinalar como concluídas %n consultas passadas que continuam marcadas?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark as completed</source>
            <translation>Assinalar como concluída</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+114" />
            <source>Mark completed</source>
            <translation>Assinalar como concluída</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Open client record</source>
            <translation>Abrir a ficha do cliente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create invoice</source>
            <translation>Criar fatura</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Already on an invoice.</source>
            <translation>Já está numa fatura.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices come with the Billing part of Consulta.</source>
            <translation>As faturas chegam com a parte de Faturação do Consulta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create note</source>
            <translation>Criar nota</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes come with the Documentation part of Consulta.</source>
            <translation>As notas chegam com a parte de Documentação do Consulta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rebook…</source>
            <translation>Voltar a marcar…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reschedule…</source>
            <translation>Remarcar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel appointment…</source>
            <translation>Cancelar consulta…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mark no-show</source>
            <translation>Assinalar falta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Possible once the appointment has started.</source>
            <translation>Possível depois de a consulta começar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore appointment</source>
            <translation>Repor consulta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to scheduled</source>
            <translation>Voltar a «Marcada»</translation>
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
            <translation>Data</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service</source>
            <translation>Serviço</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where</source>
            <translation>Local</translation>
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
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Video</source>
            <translation>Videochamada</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancelled: %1</source>
            <translation>Cancelada: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invoiced</source>
            <translation>Faturada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This appointment is on an invoice.</source>
            <translation>Esta consulta está numa fatura.</translation>
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
            <translation>Há notas ligadas a esta consulta (separador Documentação).</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Actions for this appointment</source>
            <translation>Ações para esta consulta</translation>
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
            <translation>(sem nome)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>on the server</source>
            <translation>no servidor</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+37" />
            <source>Download</source>
            <translation>Transferir</translation>
        </message>
        <message>
            <location line="-36" />
            <source>This attachment is too large to be kept automatically. Download it from the server into this workspace.</source>
            <translation>Este anexo é demasiado grande para ser guardado automaticamente. Transfira-o do servidor para este espaço de trabalho.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Preview</source>
            <translation>Pré-visualizar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save a copy…</source>
            <translation>Guardar uma cópia…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copy saved: %1</source>
            <translation>Cópia guardada: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Downloading…</source>
            <translation>A transferir…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not downloaded</source>
            <translation>Não foi transferido</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPreview</name>
        <message>
            <location line="-123" />
            <source>This picture cannot be shown here. Save a copy to open it in another program.</source>
            <translation>Esta imagem não pode ser mostrada aqui. Guarde uma cópia para a abrir noutro programa.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save a copy…</source>
            <translation>Guardar uma cópia…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
    </context>
    <context>
        <name>AttachmentRow</name>
        <message>
            <location filename="../../ui/mail/compose_parts.py" line="+92" />
            <source>Remove %1</source>
            <translation>Remover %1</translation>
        </message>
    </context>
    <context>
        <name>AttachmentText</name>
        <message>
            <location filename="../../ui/mail/attachments.py" line="-57" />
            <source>Download the attachment from the server first.</source>
            <translation>Transfira primeiro o anexo do servidor.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The copy was not saved</source>
            <translation>A cópia não foi guardada</translation>
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
        <name>BillingArea</name>
        <message>
            <location filename="../../ui/billing/billing_area.py" line="+123" />
            <source>Billing</source>
            <translation>Faturação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exportar CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the invoices shown, with the filters applied, as a spreadsheet file</source>
            <translation>Guarda as faturas apresentadas, com os filtros aplicados, num ficheiro de folha de cálculo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ New invoice</source>
            <translation>+ Nova fatura</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+68" />
            <source>No invoices yet</source>
            <translation>Ainda não há faturas</translation>
        </message>
        <message numerus="yes">
            <location line="-11" />
            <source>%n invoice(s) shown</source>
            <translation>
                <numerusform>%n fatura apresentada</numerusform>
                <numerusform>%n faturas apresentadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n draft(s), not in the totals</source>
            <translation>
                <numerusform>%n rascunho, fora dos totais</numerusform>
                <numerusform>%n rascunhos, fora dos totais</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Invoices for all your clients show here. Create one with + New invoice, from a client’s Billing tab, or from a completed appointment’s ⋮ menu.</source>
            <translation>As faturas de todos os seus clientes aparecem aqui. Crie uma com + Nova fatura, a partir do separador Faturação de um cliente ou do menu ⋮ de uma consulta concluída.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No invoices match these filters</source>
            <translation>Nenhuma fatura corresponde a estes filtros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose another status or period to see more.</source>
            <translation>Escolha outro estado ou período para ver mais.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drafts have no date until they are issued, so a date range leaves them out. Choose All time to see them.</source>
            <translation>Os rascunhos não têm data até serem emitidos, por isso um intervalo de datas deixa-os de fora. Escolha «Todas as datas» para os ver.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>New invoice</source>
            <translation>Nova fatura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the client to invoice. The invoice starts as a draft you can edit until you issue it.</source>
            <translation>Escolha o cliente a faturar. A fatura começa como um rascunho que pode editar até a emitir.</translation>
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
            <translation>Exportar faturas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv)</source>
            <translation>Ficheiros CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The file could not be written: %1</source>
            <translation>Não foi possível escrever o ficheiro: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exported %n invoice(s) to %1</source>
            <translation>
                <numerusform>Foi exportada %n fatura para %1</numerusform>
                <numerusform>Foram exportadas %n faturas para %1</numerusform>
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
            <translation>Rascunhos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open</source>
            <translation>Em aberto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>Vencidas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid</source>
            <translation>Pagas</translation>
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
            <translation>Emitidas e não totalmente pagas, vencidas ou não</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not fully paid and past the due date</source>
            <translation>Não totalmente pagas e com o vencimento ultrapassado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not issued yet: drafts have no date, so a date range leaves them out</source>
            <translation>Ainda não emitidas: os rascunhos não têm data, por isso um intervalo de datas deixa-os de fora</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All time</source>
            <translation>Todas as datas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This month</source>
            <translation>Este mês</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last month</source>
            <translation>O mês passado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This year</source>
            <translation>Este ano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chosen dates</source>
            <translation>Datas escolhidas</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+3" />
            <source>any</source>
            <translation>sem limite</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Issued from</source>
            <translation>Emitidas desde</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issued until</source>
            <translation>Emitidas até</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fro&amp;m</source>
            <translation>&amp;De</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;to</source>
            <translation>a&amp;té</translation>
        </message>
    </context>
    <context>
        <name>BillingSettingsPage</name>
        <message>
            <location filename="../../ui/settings/billing_page.py" line="+86" />
            <source>Billing</source>
            <translation>Faturação</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Your name</source>
            <translation>O seu nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Address</source>
            <translation>Morada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tax / registration no.</source>
            <translation>NIF / n.º de registo</translation>
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
            <source>Logo</source>
            <translation>Logótipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment terms</source>
            <translation>Prazo de pagamento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tax rates</source>
            <translation>Taxas de IVA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice numbers</source>
            <translation>Números de fatura</translation>
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
            <translation>Instruções de pagamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Footer</source>
            <translation>Rodapé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What your invoices, credit notes and receipts show. Changes are saved as you make them; invoices already issued keep what they were issued with.</source>
            <translation>O que as suas faturas, notas de crédito e recibos mostram. As alterações são guardadas à medida que as faz; as faturas já emitidas mantêm o que tinham quando foram emitidas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change in General</source>
            <translation>Alterar em Geral</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Printed beside your address</source>
            <translation>Impresso junto à sua morada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street, postal code and city, country</source>
            <translation>Rua, código postal e localidade, país</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Bank transfer to IBAN PT50 0000 0000 0000 0000 0000 0</source>
            <translation>p. ex. Transferência bancária para o IBAN PT50 0000 0000 0000 0000 0000 0</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. VAT exempt under article 9 of the VAT Code</source>
            <translation>p. ex. Isento de IVA ao abrigo do artigo 9.º do CIVA</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Printed at the top of invoices and receipts. A PNG image of up to 2 MB.</source>
            <translation>Impresso no topo das faturas e recibos. Uma imagem PNG de até 2 MB.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>New invoices, and drafts when they are issued, use this currency; issued ones keep theirs.</source>
            <translation>As novas faturas, e os rascunhos quando são emitidos, usam esta moeda; as emitidas mantêm a sua.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Due on the issue date</source>
            <translation>Vence na data de emissão</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <location line="+13" />
            <source>after the issue date</source>
            <translation>após a data de emissão</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Offered on invoice lines. Each service has its own rate too (Services above).</source>
            <translation>Disponíveis nas linhas da fatura. Cada serviço tem também a sua própria taxa (Serviços, acima).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{year} is the year of the issue date and {seq} the running count; {seq:04} writes it with four digits (0007). Numbers run on across years and are never reused.</source>
            <translation>{year} é o ano da data de emissão e {seq} o contador; {seq:04} escreve-o com quatro algarismos (0007). Os números continuam de um ano para o outro e nunca são reutilizados.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Letterhead</source>
            <translation>Cabeçalho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Practice name</source>
            <translation>Nome do consultório</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Money</source>
            <translation>Valores</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Numbering</source>
            <translation>Numeração</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printed below the invoice</source>
            <translation>No fim da fatura</translation>
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
            <translation>Escolha uma moeda da lista.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved: new invoices are in %1.</source>
            <translation>Guardado: as novas faturas ficam em %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Saved: new invoices are due %n day(s) after they are issued.</source>
            <translation>
                <numerusform>Guardado: as novas faturas vencem %n dia após a emissão.</numerusform>
                <numerusform>Guardado: as novas faturas vencem %n dias após a emissão.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved: new invoices are due on their issue date.</source>
            <translation>Guardado: as novas faturas vencem na data de emissão.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Choose a logo</source>
            <translation>Escolher um logótipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PNG images (*.png)</source>
            <translation>Imagens PNG (*.png)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The file could not be read: %1</source>
            <translation>Não foi possível ler o ficheiro: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This PNG image could not be read. Choose another one, or save it again from an image editor.</source>
            <translation>Não foi possível ler esta imagem PNG. Escolha outra, ou volte a guardá-la num editor de imagens.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved: %1 is printed on new invoices and receipts.</source>
            <translation>Guardado: %1 é impresso nas novas faturas e recibos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Logo removed: new invoices and receipts have none.</source>
            <translation>Logótipo removido: as novas faturas e recibos não têm nenhum.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Settings → Billing: %1</source>
            <translation>Definições → Faturação: %1</translation>
        </message>
    </context>
    <context>
        <name>BillingSummaryStrip</name>
        <message>
            <location filename="../../ui/clients/record/billing_summary.py" line="+41" />
            <source>Total billed</source>
            <translation>Total faturado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Recebido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outstanding</source>
            <translation>Por receber</translation>
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
                <numerusform>%n fatura</numerusform>
                <numerusform>%n faturas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n draft(s) not issued</source>
            <translation>
                <numerusform>%n rascunho por emitir</numerusform>
                <numerusform>%n rascunhos por emitir</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>All invoices paid</source>
            <translation>Todas as faturas pagas</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n invoice(s) past due</source>
            <translation>
                <numerusform>%n fatura vencida</numerusform>
                <numerusform>%n faturas vencidas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>paid in advance or beyond what was owed</source>
            <translation>pago adiantado ou acima do devido</translation>
        </message>
    </context>
    <context>
        <name>BillingTab</name>
        <message>
            <location filename="../../ui/clients/record/billing_tab.py" line="+80" />
            <source>Invoice completed appointments…</source>
            <translation>Faturar consultas concluídas…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record payment…</source>
            <translation>Registar pagamento…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>+ New invoice</source>
            <translation>+ Nova fatura</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No invoices for this client yet. Create one with + New invoice, or from their completed appointments.</source>
            <translation>Ainda não há faturas para este cliente. Crie uma com + Nova fatura, ou a partir das consultas concluídas.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No payments received yet.</source>
            <translation>Ainda não foi recebido nenhum pagamento.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Invoices (%1)</source>
            <translation>Faturas (%1)</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n completed appointment(s) not invoiced yet</source>
            <translation>
                <numerusform>%n consulta concluída ainda por faturar</numerusform>
                <numerusform>%n consultas concluídas ainda por faturar</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>No completed appointment is waiting for an invoice.</source>
            <translation>Nenhuma consulta concluída está à espera de fatura.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payments (%1)</source>
            <translation>Pagamentos (%1)</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Saved %1 in %2</source>
            <translation>%1 guardado em %2</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <location filename="../../ui/appointments/booking_dialog.py" line="+63" />
            <source>Edit appointment</source>
            <translation>Editar consulta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Book appointment</source>
            <translation>Marcar consulta</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No service</source>
            <translation>Sem serviço</translation>
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
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Video</source>
            <translation>Videochamada</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Does not repeat</source>
            <translation>Não se repete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every week</source>
            <translation>Todas as semanas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every two weeks</source>
            <translation>De duas em duas semanas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every month</source>
            <translation>Todos os meses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After</source>
            <translation>Após</translation>
        </message>
        <message>
            <location line="+4" />
            <source> appointments</source>
            <translation> consultas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until</source>
            <translation>Até</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Only you see this note.</source>
            <translation>Esta nota só é visível para si.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Service</source>
            <translation>&amp;Serviço</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When</source>
            <translation>&amp;Quando</translation>
        </message>
        <message>
            <location line="+3" />
            <source>W&amp;here</source>
            <translation>&amp;Onde</translation>
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
            <translation>Marcar</translation>
        </message>
        <message>
            <location line="-118" />
            <source>More actions</source>
            <translation>Mais ações</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Phone number to call</source>
            <translation>Número para onde ligar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address or room</source>
            <translation>Morada ou sala</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 on %2, %3</source>
            <translation>%1 (%2, %3)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This overlaps another appointment: %1.</source>
            <translation>Sobrepõe-se a outra consulta: %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>And %n more.</source>
            <translation>
                <numerusform>E mais %n.</numerusform>
                <numerusform>E mais %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>You can still book it if that is intended.</source>
            <translation>Pode marcá-la na mesma, se for essa a intenção.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save anyway</source>
            <translation>Guardar mesmo assim</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Book anyway</source>
            <translation>Marcar mesmo assim</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Repeating appointment</source>
            <translation>Consulta periódica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This appointment is part of a series. Change only this one, or this one and all the following ones?</source>
            <translation>Esta consulta faz parte de uma série. Alterar só esta, ou esta e todas as seguintes?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only this one</source>
            <translation>Só esta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This and following</source>
            <translation>Esta e as seguintes</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../ui/calendar/painting.py" line="+78" />
            <source>Click to open · double-click for the client · right-click for more</source>
            <translation>Clique para abrir · duplo clique para o cliente · clique direito para mais</translation>
        </message>
    </context>
    <context>
        <name>CalendarArea</name>
        <message>
            <location filename="../../ui/calendar/calendar_area.py" line="+71" />
            <source>Calendar</source>
            <translation>Calendário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export .ics…</source>
            <translation>Exportar .ics…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upcoming appointments as a file for your phone's calendar</source>
            <translation>As próximas consultas num ficheiro para o calendário do seu telemóvel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Book appointment</source>
            <translation>Marcar consulta</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to today (T)</source>
            <translation>Ir para hoje (T)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Previous (Left arrow or Page Up)</source>
            <translation>Anterior (seta para a esquerda ou Page Up)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next (Right arrow or Page Down)</source>
            <translation>Seguinte (seta para a direita ou Page Down)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next</source>
            <translation>Seguinte</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Day view (D)</source>
            <translation>Vista de dia (D)</translation>
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
            <translation>Mês</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Month view (M)</source>
            <translation>Vista de mês (M)</translation>
        </message>
        <message numerus="yes">
            <location line="+167" />
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n consulta</numerusform>
                <numerusform>%n consultas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n past appointment(s) still marked scheduled: mark completed…</source>
            <translation>
                <numerusform>%n consulta passada ainda marcada: assinalar como concluída…</numerusform>
                <numerusform>%n consultas passadas ainda marcadas: assinalar como concluídas…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+55" />
            <source>Calendar exported</source>
            <translation>Calendário exportado</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Exported %n appointment(s) to:</source>
            <translation>
                <numerusform>Foi exportada %n consulta para:</numerusform>
                <numerusform>Foram exportadas %n consultas para:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../ui/appointments/appointment_actions.py" line="-116" />
            <location line="+27" />
            <source>Cancel appointment</source>
            <translation>Cancelar consulta</translation>
        </message>
        <message>
            <location line="-22" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancelled by the client</source>
            <translation>Cancelada pelo cliente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancelled by me</source>
            <translation>Cancelada por mim</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Illness</source>
            <translation>Doença</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rescheduled</source>
            <translation>Remarcada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only this appointment</source>
            <translation>Só esta consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This and all following in the series</source>
            <translation>Esta e todas as seguintes da série</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Which</source>
            <translation>Quais</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep appointment</source>
            <translation>Manter a consulta</translation>
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
        <name>CheckPage</name>
        <message>
            <location filename="../../ui/transfer/import_check_page.py" line="+191" />
            <source>Checking every row…</source>
            <translation>A verificar todas as linhas…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Line</source>
            <translation>Linha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save rejected rows…</source>
            <translation>Guardar linhas recusadas…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A CSV of these rows with what is wrong in each, to fix and import again</source>
            <translation>Um CSV destas linhas com o que está errado em cada uma, para as corrigir e importar novamente</translation>
        </message>
        <message>
            <location line="+7" />
            <source>These rows are left out. Fix them in the file, or save them apart and import them again later.</source>
            <translation>Estas linhas ficam de fora. Corrija-as no ficheiro, ou guarde-as à parte e importe-as novamente mais tarde.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Skip all</source>
            <translation>Ignorar todos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import all anyway</source>
            <translation>Importar todos mesmo assim</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Update all existing</source>
            <translation>Atualizar todos os existentes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Skipped rows are not imported. “Update” writes what the row has onto the existing person.</source>
            <translation>As linhas ignoradas não são importadas. «Atualizar» escreve o conteúdo da linha na pessoa existente.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Cannot be imported (%1)</source>
            <translation>Não importáveis (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Possible duplicates (%1)</source>
            <translation>Possíveis duplicados (%1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New custom fields: %1</source>
            <translation>Novos campos personalizados: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New tags: %1</source>
            <translation>Novas etiquetas: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+45" />
            <source>%n new contact(s) will be created</source>
            <translation>
                <numerusform>Será criado %n contacto novo</numerusform>
                <numerusform>Serão criados %n contactos novos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n new client(s) will be created</source>
            <translation>
                <numerusform>Será criado %n cliente novo</numerusform>
                <numerusform>Serão criados %n clientes novos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n existing contact(s) updated</source>
            <translation>
                <numerusform>Será atualizado %n contacto existente</numerusform>
                <numerusform>Serão atualizados %n contactos existentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n existing client(s) updated</source>
            <translation>
                <numerusform>Será atualizado %n cliente existente</numerusform>
                <numerusform>Serão atualizados %n clientes existentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) cannot be imported</source>
            <translation>
                <numerusform>%n linha não pode ser importada</numerusform>
                <numerusform>%n linhas não podem ser importadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n possible duplicate(s)</source>
            <translation>
                <numerusform>%n possível duplicado</numerusform>
                <numerusform>%n possíveis duplicados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckText</name>
        <message>
            <location line="-312" />
            <source>Skip</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import anyway</source>
            <translation>Importar mesmo assim</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update the existing one</source>
            <translation>Atualizar o existente</translation>
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
            <translation>Marcar consulta…</translation>
        </message>
        <message>
            <location line="+4" />
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
            <location line="+36" />
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
            <location line="+2" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add clients from a CSV file</source>
            <translation>Adicionar clientes a partir de um ficheiro CSV</translation>
        </message>
        <message>
            <location line="+11" />
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
            <location line="+86" />
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
        <name>ClientPicker</name>
        <message>
            <location filename="../../ui/appointments/client_picker.py" line="+20" />
            <source>Type a client's name, email or phone</source>
            <translation>Escreva o nome, email ou telefone de um cliente</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No client matches “%1”.</source>
            <translation>Nenhum cliente corresponde a «%1».</translation>
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
            <location line="+5" />
            <source>Book appointment…</source>
            <translation>Marcar consulta…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export client record…</source>
            <translation>Exportar ficha do cliente…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Mais ações</translation>
        </message>
        <message>
            <location line="+27" />
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
            <location line="+2" />
            <source>Documentation</source>
            <translation>Documentação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inbox</source>
            <translation>Caixa de entrada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Billing</source>
            <translation>Faturação</translation>
        </message>
        <message>
            <location line="+31" />
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
            <location line="+31" />
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
            <location line="+32" />
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
            <location filename="../../ui/models/client_table_model.py" line="+36" />
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
        <name>ColumnsPage</name>
        <message>
            <location filename="../../ui/transfer/import_columns_page.py" line="+85" />
            <source>Say where each column of the file goes. Columns were matched by their names: check them, and pick “Do not import” for what you do not need.</source>
            <translation>Indique para onde vai cada coluna do ficheiro. As colunas foram associadas pelo nome: verifique-as e escolha «Não importar» nas de que não precisa.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save mapping…</source>
            <translation>Guardar correspondência…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember these choices to use them for the next file</source>
            <translation>Memorizar estas escolhas para as usar no próximo ficheiro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved mappings:</source>
            <translation>Correspondências guardadas:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No column is imported as a name. Every person needs a first or a last name: choose the column that holds it, or every row will be refused.</source>
            <translation>Nenhuma coluna é importada como nome. Cada pessoa precisa de um nome próprio ou de um apelido: escolha a coluna que o contém, ou todas as linhas serão recusadas.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Column in the file</source>
            <translation>Coluna do ficheiro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Examples</source>
            <translation>Exemplos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dates written as</source>
            <translation>Datas escritas como</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import “%1” as</source>
            <translation>Importar «%1» como</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Year-month-day (2024-12-31)</source>
            <translation>Ano-mês-dia (2024-12-31)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day first (31/12/2024)</source>
            <translation>Dia primeiro (31/12/2024)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month first (12/31/2024)</source>
            <translation>Mês primeiro (12/31/2024)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Both orders fit every date here: check</source>
            <translation>As duas ordens servem para todas estas datas: verifique</translation>
        </message>
        <message>
            <location line="+48" />
            <source>New custom field…</source>
            <translation>Novo campo personalizado…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New field: %1 (%2)</source>
            <translation>Novo campo: %1 (%2)</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Choose one…</source>
            <translation>Escolha um…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>None saved yet</source>
            <translation>Nenhuma guardada ainda</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Using the mapping “%1”.</source>
            <translation>A usar a correspondência «%1».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save mapping</source>
            <translation>Guardar correspondência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give these choices a name. The next time, pick it under “Saved mappings” and columns with the same names are set the same way.</source>
            <translation>Dê um nome a estas escolhas. Da próxima vez, escolha-o em «Correspondências guardadas» e as colunas com os mesmos nomes ficam configuradas da mesma forma.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Mapping “%1” saved.</source>
            <translation>Correspondência «%1» guardada.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../ui/mail/composer.py" line="+106" />
            <location line="+150" />
            <source>New message</source>
            <translation>Nova mensagem</translation>
        </message>
        <message>
            <location line="-140" />
            <source>Open email settings</source>
            <translation>Abrir as definições de email</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Attach files…</source>
            <translation>Anexar ficheiros…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Formatting</source>
            <translation>Formatação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bold, lists, headings and links. Turn it off to send plain text (the formatting is removed).</source>
            <translation>Negrito, listas, títulos e ligações. Desative para enviar texto simples (a formatação é removida).</translation>
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
            <translation>Enviar (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Filed to %1</source>
            <translation>Arquivada na ficha de %1</translation>
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
            <translation>Anexar ficheiros</translation>
        </message>
        <message>
            <location line="+15" />
            <source>“%1” could not be read: %2</source>
            <translation>Não foi possível ler «%1»: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The attachments add up to %1. Many email servers refuse messages this large; a link to a shared folder may reach the client more surely.</source>
            <translation>Os anexos somam %1. Muitos servidores de email recusam mensagens tão grandes; uma ligação para uma pasta partilhada pode chegar ao cliente com mais segurança.</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Sending “%1”…</source>
            <translation>A enviar «%1»…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the Outbox</source>
            <translation>Na caixa de saída</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your message is in the Outbox. It is sent as soon as Consulta is connected to your email server.</source>
            <translation>A sua mensagem está na caixa de saída. É enviada assim que o Consulta estiver ligado ao seu servidor de email.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>An email not yet sent: “%1”</source>
            <translation>Um email ainda por enviar: «%1»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An email not yet sent</source>
            <translation>Um email ainda por enviar</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Discard message</source>
            <translation>Descartar mensagem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard this message? It has not been sent.</source>
            <translation>Descartar esta mensagem? Não foi enviada.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Reply all</source>
            <translation>Responder a todos</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Forward</source>
            <translation>Reencaminhar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not attached, still on the email server: %1. Open the message and fetch them first to forward them.</source>
            <translation>Não anexados, ainda no servidor de email: %1. Abra a mensagem e transfira-os primeiro para os reencaminhar.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionResult</name>
        <message>
            <location filename="../../ui/settings/email_fields.py" line="+169" />
            <source>Finding the server (DNS)</source>
            <translation>Encontrar o servidor (DNS)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connecting</source>
            <translation>Ligação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Security certificate (TLS)</source>
            <translation>Certificado de segurança (TLS)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logging in</source>
            <translation>Início de sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server features</source>
            <translation>Funcionalidades do servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server answer</source>
            <translation>Resposta do servidor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Testing the connection…</source>
            <translation>A testar a ligação…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Incoming mail (IMAP)</source>
            <translation>Correio de entrada (IMAP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>connected and logged in; the inbox opens.</source>
            <translation>ligado e com sessão iniciada; a caixa de entrada abre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outgoing mail (SMTP)</source>
            <translation>Correio de saída (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>connected and logged in; ready to send.</source>
            <translation>ligado e com sessão iniciada; pronto para enviar.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>✗ failed at “%1”</source>
            <translation>✗ falhou em «%1»</translation>
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
            <translation>Con&amp;verter em cliente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move to &amp;trash…</source>
            <translation>Mover para o &amp;lixo…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export contact record…</source>
            <translation>Exportar ficha do contacto…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Mais ações</translation>
        </message>
        <message>
            <location line="+22" />
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
            <location line="+11" />
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
            <location line="+3" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add contacts from a CSV file</source>
            <translation>Adicionar contactos a partir de um ficheiro CSV</translation>
        </message>
        <message>
            <location line="+9" />
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
            <location line="+32" />
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
            <location filename="../../app/services/people.py" line="+192" />
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
            <location filename="../../app/services/forms.py" line="+38" />
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
            <location filename="../../app/services/forms.py" line="+3" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/services/forms.py" line="-2" />
            <source>Single choice</source>
            <translation>Escolha única</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/services/forms.py" line="+1" />
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
            <location filename="../../app/transfer/csv_mapping.py" line="+59" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/transfer/csv_mapping.py" line="+1" />
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
            <location filename="../../app/transfer/csv_mapping.py" line="+295" />
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
            <location line="+98" />
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
            <location filename="../../app/services/people.py" line="-158" />
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
            <location filename="../../app/mail/account.py" line="+159" />
            <source>Enter the server name.</source>
            <translation>Introduza o nome do servidor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a port between 1 and 65535.</source>
            <translation>Introduza uma porta entre 1 e 65535.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose TLS or STARTTLS.</source>
            <translation>Escolha TLS ou STARTTLS.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no certificate file at “{path}”.</source>
            <translation>Não existe nenhum ficheiro de certificado em «{path}».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter a size between 1 and 1024 MB.</source>
            <translation>Introduza um tamanho entre 1 e 1024 MB.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This field is required.</source>
            <translation>Este campo é obrigatório.</translation>
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
            <translation>Esta ficha já não existe.</translation>
        </message>
        <message>
            <location line="+168" />
            <source>Logged in to {host}, but its inbox could not be opened: {reason}</source>
            <translation>A sessão em {host} foi iniciada, mas não foi possível abrir a caixa de entrada: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/services/people.py" line="+37" />
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
            <location filename="../../app/services/practice.py" line="+83" />
            <source>“{value}” is not a time zone: choose one from the list, like Europe/Lisbon.</source>
            <translation>«{value}» não é um fuso horário: escolha um da lista, como Europe/Lisbon.</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../../app/workspace.py" line="+340" />
            <source>Please give your practice a name.</source>
            <translation>Dê um nome ao seu consultório.</translation>
        </message>
        <message>
            <location filename="../../app/mail/account.py" line="-200" />
            <location filename="../../app/services/practice.py" line="+10" />
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
            <location filename="../../app/services/payments.py" line="+42" />
            <source>Cash</source>
            <translation>Numerário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card</source>
            <translation>Cartão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank transfer</source>
            <translation>Transferência</translation>
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
            <translation>Outro</translation>
        </message>
        <message>
            <location line="+97" />
            <source>That invoice belongs to another client.</source>
            <translation>Essa fatura pertence a outro cliente.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A credit note is not paid: it cancels an invoice.</source>
            <translation>Uma nota de crédito não se paga: anula uma fatura.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A draft cannot be paid: issue the invoice first.</source>
            <translation>Um rascunho não pode ser pago: emita primeiro a fatura.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This invoice is cancelled. Record the payment without an invoice to keep it as the client's credit.</source>
            <translation>Esta fatura está anulada. Registe o pagamento sem fatura para o manter como saldo a favor do cliente.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This invoice is already paid. Record the payment without an invoice to keep it as the client's credit.</source>
            <translation>Esta fatura já está paga. Registe o pagamento sem fatura para o manter como saldo a favor do cliente.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Enter an amount greater than zero.</source>
            <translation>Introduza um valor superior a zero.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose how it was paid.</source>
            <translation>Escolha como foi pago.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A payment cannot be dated in the future.</source>
            <translation>Um pagamento não pode ter uma data futura.</translation>
        </message>
        <message>
            <location line="+34" />
            <location line="+15" />
            <source>This payment no longer exists.</source>
            <translation>Este pagamento já não existe.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Enter the expiry as a month (1–12) and a year, like 08/2027.</source>
            <translation>Introduza a validade como mês (1–12) e ano, por exemplo 08/2027.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Choose a card or a bank account.</source>
            <translation>Escolha um cartão ou uma conta bancária.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter only the last 4 digits of the card.</source>
            <translation>Introduza só os últimos 4 dígitos do cartão.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the bank account a label, like “Joint account, Caixa”.</source>
            <translation>Dê uma designação à conta bancária, por exemplo «Conta conjunta, Caixa».</translation>
        </message>
        <message>
            <location line="+28" />
            <source>This payment method no longer exists.</source>
            <translation>Este método de pagamento já não existe.</translation>
        </message>
        <message>
            <location filename="../../app/services/relationships.py" line="+32" />
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
            <location filename="../../app/services/invoice_records.py" line="+210" />
            <source>This invoice no longer exists.</source>
            <translation>Esta fatura já não existe.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Enter a percentage between 0 and 100.</source>
            <translation>Introduza uma percentagem entre 0 e 100.</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../../ui/billing/invoice_lines_table.py" line="+328" />
            <source>The quantity must be more than 0 (up to 4 decimals).</source>
            <translation>A quantidade tem de ser superior a 0 (até 4 casas decimais).</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../ui/billing/invoice_lines_table.py" line="+7" />
            <source>The unit price is too large.</source>
            <translation>O preço unitário é demasiado elevado.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/services/invoices.py" line="+251" />
            <location filename="../../app/services/validation.py" line="+12" />
            <location filename="../../app/transfer/csv_import.py" line="+283" />
            <source>“{value}” is not a valid date.</source>
            <translation>«{value}» não é uma data válida.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>That appointment does not belong to this client.</source>
            <translation>Essa consulta não pertence a este cliente.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This appointment is already on invoice {number}. Cancel that invoice with a credit note first to invoice it again.</source>
            <translation>Esta consulta já está na fatura {number}. Para a faturar de novo, anule primeiro essa fatura com uma nota de crédito.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This appointment is already on a draft invoice: finish or delete that draft first.</source>
            <translation>Esta consulta já está num rascunho de fatura: conclua ou elimine primeiro esse rascunho.</translation>
        </message>
        <message>
            <location filename="../../app/services/validation.py" line="+11" />
            <location line="+4" />
            <location filename="../../ui/money_text.py" line="+101" />
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
            <location filename="../../app/workspace.py" line="-76" />
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
            <location line="+87" />
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
        <message>
            <location filename="../../app/services/appointments.py" line="+46" />
            <source>Scheduled</source>
            <translation>Marcada</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/services/documentation.py" line="-12" />
            <source>Completed</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>Faltou</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Choose a date and a start time.</source>
            <translation>Escolha uma data e uma hora de início.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../app/services/service_catalog.py" line="+143" />
            <source>The duration must be between {min} and {max} minutes.</source>
            <translation>A duração tem de estar entre {min} e {max} minutos.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/services/invoice_records.py" line="-34" />
            <location filename="../../app/services/service_catalog.py" line="+63" />
            <location line="+77" />
            <source>That service no longer exists.</source>
            <translation>Esse serviço já não existe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose where the appointment takes place.</source>
            <translation>Escolha onde decorre a consulta.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A video link starts with https:// (copy it from your video service).</source>
            <translation>Uma ligação de videochamada começa por https:// (copie-a do seu serviço de vídeo).</translation>
        </message>
        <message>
            <location line="+34" />
            <source>This appointment no longer exists.</source>
            <translation>Esta consulta já não existe.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>Give a reason for the cancellation.</source>
            <translation>Indique o motivo do cancelamento.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only a scheduled appointment can be cancelled.</source>
            <translation>Só uma consulta marcada pode ser cancelada.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>An appointment that has not started yet cannot be marked completed or no-show.</source>
            <translation>Uma consulta que ainda não começou não pode ser assinalada como concluída nem como falta.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>This appointment has an invoice or notes; cancel it instead of deleting it.</source>
            <translation>Esta consulta tem uma fatura ou notas; cancele-a em vez de a eliminar.</translation>
        </message>
        <message>
            <location filename="../../app/services/billing_settings.py" line="+49" />
            <source>The logo must be a PNG image.</source>
            <translation>O logótipo tem de ser uma imagem PNG.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The logo is too large: choose an image under 2 MB.</source>
            <translation>O logótipo é demasiado grande: escolha uma imagem com menos de 2 MB.</translation>
        </message>
        <message>
            <location filename="../../app/services/card_safety.py" line="+29" />
            <source>This looks like a full card number, and Consulta never stores full card numbers or security codes: it does no card processing (it works offline). Keep only the brand, the last 4 digits and the expiry date.</source>
            <translation>Isto parece um número de cartão completo, e o Consulta nunca guarda números de cartão completos nem códigos de segurança: não processa cartões (funciona sem ligação à internet). Guarde só a marca, os últimos 4 dígitos e a data de validade.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consulta never stores a card's security code (CVC/CVV) or its full number: it does no card processing (it works offline). Keep only the brand, the last 4 digits and the expiry date.</source>
            <translation>O Consulta nunca guarda o código de segurança de um cartão (CVC/CVV) nem o seu número completo: não processa cartões (funciona sem ligação à internet). Guarde só a marca, os últimos 4 dígitos e a data de validade.</translation>
        </message>
        <message>
            <location filename="../../app/services/invoices.py" line="-150" />
            <location line="+93" />
            <source>An invoice can have up to {max} lines.</source>
            <translation>Uma fatura pode ter no máximo {max} linhas.</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Choose at least one appointment.</source>
            <translation>Escolha pelo menos uma consulta.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>An issued invoice cannot be changed or deleted. To correct it, cancel it with a credit note and issue a corrected invoice.</source>
            <translation>Uma fatura emitida não pode ser alterada nem eliminada. Para a corrigir, anule-a com uma nota de crédito e emita uma fatura corrigida.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The issue date cannot be in the future.</source>
            <translation>A data de emissão não pode ser no futuro.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The issue date cannot be before {date}: numbers follow the order of the dates, and a document dated {date} is already issued.</source>
            <translation>A data de emissão não pode ser anterior a {date}: os números seguem a ordem das datas, e já foi emitido um documento com a data {date}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This invoice is already issued (number {number}).</source>
            <translation>Esta fatura já está emitida (número {number}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add at least one line before issuing the invoice.</source>
            <translation>Adicione pelo menos uma linha antes de emitir a fatura.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every line needs a description: it is printed on the invoice.</source>
            <translation>Cada linha precisa de uma descrição: é impressa na fatura.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An invoice cannot have a negative total. To give money back, cancel an invoice with a credit note.</source>
            <translation>Uma fatura não pode ter um total negativo. Para devolver dinheiro, anule uma fatura com uma nota de crédito.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>A credit note cannot be cancelled.</source>
            <translation>Uma nota de crédito não pode ser anulada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A draft has no number yet: delete it instead of cancelling it.</source>
            <translation>Um rascunho ainda não tem número: elimine-o em vez de o anular.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This invoice is already cancelled.</source>
            <translation>Esta fatura já está anulada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the reason for the cancellation: it is printed on the credit note.</source>
            <translation>Indique o motivo da anulação: é impresso na nota de crédito.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A credit note cannot be duplicated; duplicate the invoice instead.</source>
            <translation>Uma nota de crédito não pode ser duplicada; duplique antes a fatura.</translation>
        </message>
        <message>
            <location filename="../../app/services/numbering.py" line="+51" />
            <source>The number format may only use {{year}} and {{seq}} (for example INV-{{year}}-{{seq:04}}); curly brackets must come in pairs.</source>
            <translation>O formato do número só pode usar {{year}} e {{seq}} (por exemplo INV-{{year}}-{{seq:04}}); as chavetas têm de vir aos pares.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The number format needs {{seq}} exactly once: it is the running counter that makes each number unique.</source>
            <translation>O formato do número precisa de {{seq}} exatamente uma vez: é o contador que torna cada número único.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The number format is too long: numbers may have up to {max} characters.</source>
            <translation>O formato do número é demasiado longo: os números podem ter no máximo {max} caracteres.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The number {number} is already used, and numbers are never reused. Change the number format in Settings → Billing (for example add a prefix).</source>
            <translation>O número {number} já foi usado, e os números nunca são reutilizados. Altere o formato do número em Definições → Faturação (por exemplo, acrescente um prefixo).</translation>
        </message>
        <message>
            <location filename="../../app/services/recurrence.py" line="+37" />
            <source>Choose how often the appointment repeats.</source>
            <translation>Escolha com que frequência a consulta se repete.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Say how many times it repeats, or until which date.</source>
            <translation>Indique quantas vezes se repete, ou até que data.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A series has between 2 and {max} appointments.</source>
            <translation>Uma série tem entre 2 e {max} consultas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The end date must be after the first appointment.</source>
            <translation>A data de fim tem de ser posterior à primeira consulta.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A series can span at most three years.</source>
            <translation>Uma série pode abranger no máximo três anos.</translation>
        </message>
        <message>
            <location filename="../../app/services/service_catalog.py" line="-202" />
            <source>Enter a whole amount: {currency} has no decimals.</source>
            <translation>Introduza um valor inteiro: {currency} não tem casas decimais.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the price with at most {digits} decimals.</source>
            <translation>Introduza o preço com {digits} casas decimais no máximo.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A service needs a name.</source>
            <translation>Um serviço precisa de um nome.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A service called “{name}” already exists.</source>
            <translation>Já existe um serviço chamado «{name}».</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The price cannot be negative.</source>
            <translation>O preço não pode ser negativo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The tax rate is a percentage between 0 and 100.</source>
            <translation>A taxa de IVA é uma percentagem entre 0 e 100.</translation>
        </message>
        <message>
            <location filename="../../app/mail/connect.py" line="+40" />
            <source>The certificate authority file “{path}” could not be read.</source>
            <translation>Não foi possível ler o ficheiro da autoridade de certificação «{path}».</translation>
        </message>
        <message>
            <location line="+40" />
            <location line="+55" />
            <source>{host} does not offer STARTTLS on port {port}, so the password would travel unprotected. Choose TLS, or the port your provider gives for it.</source>
            <translation>{host} não oferece STARTTLS na porta {port}, por isso a palavra-passe viajaria sem proteção. Escolha TLS, ou a porta que o seu fornecedor indica para isso.</translation>
        </message>
        <message>
            <location line="-47" />
            <source>{host} does not speak IMAP4rev1, which Consulta needs.</source>
            <translation>{host} não suporta IMAP4rev1, de que o Consulta precisa.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>{host} does not offer to log in (SMTP AUTH) on port {port}.</source>
            <translation>{host} não oferece início de sessão (SMTP AUTH) na porta {port}.</translation>
        </message>
        <message>
            <location filename="../../app/mail/errors.py" line="+70" />
            <source>The security certificate of {host} has expired, so the connection is not safe. The server's administrator must renew it.</source>
            <translation>O certificado de segurança de {host} expirou, por isso a ligação não é segura. O administrador do servidor tem de o renovar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The security certificate of {host} is not valid yet. Check this computer's date and time.</source>
            <translation>O certificado de segurança de {host} ainda não é válido. Verifique a data e a hora deste computador.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The security certificate of the server was issued for another name than “{host}”. Check the server name (your provider's instructions give the exact one).</source>
            <translation>O certificado de segurança do servidor foi emitido para outro nome que não «{host}». Verifique o nome do servidor (as instruções do seu fornecedor indicam o nome exato).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The security certificate of {host} could not be verified: it is not signed by an authority this computer trusts. If the server uses its own certificate authority, choose that CA file.</source>
            <translation>Não foi possível verificar o certificado de segurança de {host}: não está assinado por uma autoridade em que este computador confie. Se o servidor usar a sua própria autoridade de certificação, escolha esse ficheiro de AC.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The server name “{host}” could not be found. Check its spelling and that this computer is connected to the internet.</source>
            <translation>Não foi possível encontrar o servidor «{host}». Verifique se está bem escrito e se este computador está ligado à internet.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A secure connection to {host} could not be set up. Check that the security setting (TLS or STARTTLS) matches the port.</source>
            <translation>Não foi possível estabelecer uma ligação segura a {host}. Verifique se a definição de segurança (TLS ou STARTTLS) corresponde à porta.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{host} refused the connection on port {port}. Check the port number, or the server may be down.</source>
            <translation>{host} recusou a ligação na porta {port}. Verifique o número da porta; o servidor também pode estar em baixo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{host} did not answer on port {port}. This computer may be offline, or a firewall blocks the port.</source>
            <translation>{host} não respondeu na porta {port}. Este computador pode estar sem ligação, ou uma firewall está a bloquear a porta.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{host} refused the user name or password.</source>
            <translation>{host} recusou o nome de utilizador ou a palavra-passe.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+6" />
            <source>{host} reported an error: {reason}</source>
            <translation>{host} comunicou um erro: {reason}</translation>
        </message>
        <message>
            <location line="-2" />
            <source>The connection to {host} was lost.</source>
            <translation>A ligação a {host} perdeu-se.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No password for {host} is stored on this computer. Enter it in Settings → Email.</source>
            <translation>Não há nenhuma palavra-passe de {host} guardada neste computador. Introduza-a em Definições → Email.</translation>
        </message>
        <message>
            <location filename="../../app/services/documentation.py" line="-7" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Form</source>
            <translation>Formulário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>Ficheiro</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Draft</source>
            <translation>Rascunho</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shared</source>
            <translation>Partilhada</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This client is in the trash. Restore the client to add documentation.</source>
            <translation>Este cliente está no lixo. Restaure-o para adicionar documentação.</translation>
        </message>
        <message>
            <location filename="../../app/services/forms.py" line="-3" />
            <source>Short text</source>
            <translation>Texto curto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Yes / no</source>
            <translation>Sim / não</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scale 1–10</source>
            <translation>Escala 1–10</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature (name and date)</source>
            <translation>Assinatura (nome e data)</translation>
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
            <translation>Adicione pelo menos uma pergunta.</translation>
        </message>
        <message>
            <location line="-46" />
            <source>A form can have at most {n} questions.</source>
            <translation>Um formulário pode ter no máximo {n} perguntas.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Question {n} has no type; choose one from the list.</source>
            <translation>A pergunta {n} não tem tipo; escolha um da lista.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Two questions have the same identifier “{id}”.</source>
            <translation>Duas perguntas têm o mesmo identificador «{id}».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Question {n} needs a text.</source>
            <translation>A pergunta {n} precisa de um texto.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>“{label}” needs at least two different options.</source>
            <translation>«{label}» precisa de pelo menos duas opções diferentes.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>“{label}”: “{value}” is not a date.</source>
            <translation>«{label}»: «{value}» não é uma data.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>“{label}”: the answer is too long.</source>
            <translation>«{label}»: a resposta é demasiado longa.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{label}”: choose one of the options.</source>
            <translation>«{label}»: escolha uma das opções.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{label}”: choose among the options.</source>
            <translation>«{label}»: escolha entre as opções.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{label}”: answer yes or no.</source>
            <translation>«{label}»: responda sim ou não.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>“{label}”: choose a number from {low} to {high}.</source>
            <translation>«{label}»: escolha um número de {low} a {high}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{label}”: enter the name and the date.</source>
            <translation>«{label}»: introduza o nome e a data.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{label}”: enter both the name and the date.</source>
            <translation>«{label}»: introduza tanto o nome como a data.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“{label}” takes no answer.</source>
            <translation>«{label}» não leva resposta.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Please answer “{label}”.</source>
            <translation>Responda a «{label}».</translation>
        </message>
        <message>
            <location line="+45" />
            <source>This form no longer exists.</source>
            <translation>Este formulário já não existe.</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../../app/services/templates.py" line="+244" />
            <source>That form template no longer exists.</source>
            <translation>Esse modelo de formulário já não existe.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This form is in the trash. Restore it first.</source>
            <translation>Este formulário está no lixo. Restaure-o primeiro.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Move the form to the trash before deleting it for good.</source>
            <translation>Mova o formulário para o lixo antes de o eliminar definitivamente.</translation>
        </message>
        <message>
            <location filename="../../app/services/notes.py" line="+112" />
            <source>This note no longer exists.</source>
            <translation>Esta nota já não existe.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This text is too long to save (over 10 MB). Remove large pasted images.</source>
            <translation>Este texto é demasiado longo para ser guardado (mais de 10 MB). Remova as imagens grandes que colou.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the note's date.</source>
            <translation>Escolha a data da nota.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>That appointment is not one of this client's.</source>
            <translation>Essa consulta não é deste cliente.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/services/templates.py" line="-92" />
            <source>That template no longer exists.</source>
            <translation>Esse modelo já não existe.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+77" />
            <source>This note is in the trash. Restore it first.</source>
            <translation>Esta nota está no lixo. Restaure-a primeiro.</translation>
        </message>
        <message>
            <location line="-74" />
            <source>This note is completed and can no longer be changed. Add an addendum instead.</source>
            <translation>Esta nota está concluída e já não pode ser alterada. Adicione antes uma adenda.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Give the note a title before completing it.</source>
            <translation>Dê um título à nota antes de a concluir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The note is empty. Write something before completing it.</source>
            <translation>A nota está vazia. Escreva algo antes de a concluir.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Addenda are for completed notes; a draft can still be edited.</source>
            <translation>As adendas são para notas concluídas; um rascunho ainda pode ser editado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The addendum is empty.</source>
            <translation>A adenda está vazia.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Only a completed note can be shared. Complete it first.</source>
            <translation>Só uma nota concluída pode ser partilhada. Conclua-a primeiro.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>A completed note cannot be deleted. Move it to the trash with a reason.</source>
            <translation>Uma nota concluída não pode ser eliminada. Mova-a para o lixo indicando o motivo.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say why this note is being moved to the trash.</source>
            <translation>Indique porque é que esta nota vai para o lixo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A draft is deleted, not trashed.</source>
            <translation>Um rascunho é eliminado, não vai para o lixo.</translation>
        </message>
        <message>
            <location filename="../../app/services/templates.py" line="-11" />
            <source>Give the template a name.</source>
            <translation>Dê um nome ao modelo.</translation>
        </message>
        <message>
            <location filename="../../app/mail/parse.py" line="+41" />
            <source>This message could not be displayed fully. The original is kept unchanged.</source>
            <translation>Não foi possível mostrar esta mensagem por completo. O original é mantido sem alterações.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This message is damaged, so parts of it may be missing. The original is kept unchanged.</source>
            <translation>Esta mensagem está danificada, por isso podem faltar partes. O original é mantido sem alterações.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Some characters of this message could not be read and may show wrongly. The original is kept unchanged.</source>
            <translation>Alguns caracteres desta mensagem não puderam ser lidos e podem aparecer mal. O original é mantido sem alterações.</translation>
        </message>
        <message>
            <location filename="../../app/services/files.py" line="+98" />
            <source>“{name}” is {size}, over the {limit} limit for one file. It was not added. (The limit is in Settings → General.)</source>
            <translation>«{name}» tem {size}, acima do limite de {limit} por ficheiro. Não foi adicionado. (O limite está em Definições → Geral.)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This file no longer exists.</source>
            <translation>Este ficheiro já não existe.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>“{name}” cannot be read: {reason}</source>
            <translation>Não é possível ler «{name}»: {reason}</translation>
        </message>
        <message>
            <location line="-37" />
            <location line="+136" />
            <source>Give the file a name.</source>
            <translation>Dê um nome ao ficheiro.</translation>
        </message>
        <message>
            <location line="-105" />
            <source>“{name}” changed while it was being added. Try again.</source>
            <translation>«{name}» mudou enquanto estava a ser adicionado. Tente novamente.</translation>
        </message>
        <message>
            <location filename="../../app/mail/messages.py" line="-55" />
            <source>This message no longer exists.</source>
            <translation>Esta mensagem já não existe.</translation>
        </message>
        <message>
            <location filename="../../app/mail/reminders.py" line="+92" />
            <source>Enter a number of hours between 1 and 336.</source>
            <translation>Introduza um número de horas entre 1 e 336.</translation>
        </message>
        <message>
            <location filename="../../app/mail/remote.py" line="+22" />
            <source>This attachment is no longer on the server, so it cannot be fetched.</source>
            <translation>Este anexo já não está no servidor, por isso não pode ser transferido.</translation>
        </message>
        <message>
            <location filename="../../app/mail/send.py" line="-107" />
            <location filename="../../ui/mail/address_fields.py" line="+47" />
            <source>Add at least one recipient.</source>
            <translation>Adicione pelo menos um destinatário.</translation>
        </message>
        <message>
            <location line="+39" />
            <location filename="../../ui/mail/composer.py" line="-450" />
            <source>Set up your email account first (Settings → Email).</source>
            <translation>Configure primeiro a sua conta de email (Definições → Email).</translation>
        </message>
        <message>
            <location filename="../../app/transfer/csv_import.py" line="-29" />
            <source>“{value}” is not a known status (lead, active, inactive or archived).</source>
            <translation>«{value}» não é um estado conhecido (lead, active, inactive ou archived).</translation>
        </message>
        <message>
            <location line="+79" />
            <source>“{value}” is not yes or no.</source>
            <translation>«{value}» não é sim nem não.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/csv_mapping.py" line="-306" />
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
            <source>Full name (first word is the first name)</source>
            <translation>Nome completo (a primeira palavra é o nome próprio)</translation>
        </message>
        <message>
            <location line="+2" />
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
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Street</source>
            <translation>Rua</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address line 2</source>
            <translation>Morada (linha 2)</translation>
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
        <message>
            <location line="+133" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Do not import</source>
            <translation>Não importar</translation>
        </message>
        <message>
            <location line="+172" />
            <source>There is no saved mapping called “{name}”.</source>
            <translation>Não existe nenhuma correspondência guardada chamada «{name}».</translation>
        </message>
        <message>
            <location filename="../../app/transfer/csv_sniff.py" line="+30" />
            <source>This looks like an Excel workbook or another zipped file, not a CSV file. Open it in your spreadsheet program and save it as CSV first.</source>
            <translation>Parece um livro do Excel ou outro ficheiro comprimido, não um ficheiro CSV. Abra-o na sua folha de cálculo e guarde-o primeiro como CSV.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This looks like an old Excel workbook (.xls), not a CSV file. Open it in your spreadsheet program and save it as CSV first.</source>
            <translation>Parece um livro antigo do Excel (.xls), não um ficheiro CSV. Abra-o na sua folha de cálculo e guarde-o primeiro como CSV.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is a PDF document, not a CSV file.</source>
            <translation>É um documento PDF, não um ficheiro CSV.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“{name}” is not a text file, so it cannot be a CSV file. Nothing was imported.</source>
            <translation>«{name}» não é um ficheiro de texto, por isso não pode ser um CSV. Nada foi importado.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>“{name}” is too large for a CSV of clients ({size} MB).</source>
            <translation>«{name}» é demasiado grande para um CSV de clientes ({size} MB).</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+4" />
            <source>“{name}” is empty.</source>
            <translation>«{name}» está vazio.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>“{name}” cannot be read as {encoding}.</source>
            <translation>«{name}» não pode ser lido como {encoding}.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/progress.py" line="+23" />
            <source>Cancelled. Nothing was changed.</source>
            <translation>Cancelado. Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/import_batches.py" line="+96" />
            <source>Choose what to do with each duplicate.</source>
            <translation>Escolha o que fazer com cada duplicado.</translation>
        </message>
        <message>
            <location filename="../../app/transfer/import_undo.py" line="+64" />
            <source>This import no longer exists.</source>
            <translation>Esta importação já não existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This import was already undone.</source>
            <translation>Esta importação já foi anulada.</translation>
        </message>
        <message>
            <location filename="../../ui/mail/sync_worker.py" line="+71" />
            <source>Something went wrong while syncing the mail: {reason}</source>
            <translation>Algo correu mal ao sincronizar o email: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/transfer/export_files.py" line="+75" />
            <source>“{path}” already exists. Choose another name or folder.</source>
            <translation>«{path}» já existe. Escolha outro nome ou outra pasta.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The folder {path} does not exist.</source>
            <translation>A pasta {path} não existe.</translation>
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
        <name>CreateInvoice</name>
        <message>
            <location filename="../../ui/billing/create_from_appointments.py" line="+55" />
            <source>No invoice created</source>
            <translation>Nenhuma fatura criada</translation>
        </message>
    </context>
    <context>
        <name>CreateWorkspaceDialog</name>
        <message>
            <location filename="../../ui/workspace/create_dialog.py" line="+40" />
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
            <location line="+59" />
            <source>Create workspace</source>
            <translation>Criar espaço de trabalho</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Creating…</source>
            <translation>A criar…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The workspace could not be created: %1</source>
            <translation>Não foi possível criar o espaço de trabalho: %1</translation>
        </message>
    </context>
    <context>
        <name>CreditNoteDialog</name>
        <message>
            <location filename="../../ui/billing/credit_note_dialog.py" line="+49" />
            <source>Cancel invoice %1</source>
            <translation>Anular a fatura %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>An issued invoice is never changed or deleted. Cancelling it issues a credit note for its full amount (%1), with its own number and a reference to %2. You can then issue a corrected invoice.</source>
            <translation>Uma fatura emitida nunca é alterada nem eliminada. Ao anulá-la, é emitida uma nota de crédito pelo valor total (%1), com número próprio e uma referência a %2. Depois pode emitir uma fatura corrigida.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The %1 already paid on it stays with the client as credit.</source>
            <translation>O valor já pago (%1) fica como saldo a favor do cliente.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wrong amount</source>
            <translation>Valor errado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Wrong client details</source>
            <translation>Dados do cliente errados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The session did not take place</source>
            <translation>A sessão não se realizou</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoiced twice</source>
            <translation>Faturada duas vezes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printed on the credit note</source>
            <translation>Impresso na nota de crédito</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keep invoice</source>
            <translation>Manter a fatura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Issue credit note</source>
            <translation>Emitir nota de crédito</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Credit note %1 is issued and invoice %2 is cancelled.</source>
            <translation>A nota de crédito %1 foi emitida e a fatura %2 foi anulada.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Credit note issued</source>
            <translation>Nota de crédito emitida</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the credit note to the client. To bill the right amount, make a corrected copy of the invoice and issue it.</source>
            <translation>Envie a nota de crédito ao cliente. Para faturar o valor certo, faça uma cópia corrigida da fatura e emita-a.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save credit note PDF…</source>
            <translation>Guardar PDF da nota de crédito…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make a corrected copy…</source>
            <translation>Fazer uma cópia corrigida…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Done</source>
            <translation>Concluído</translation>
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
            <translation>Escolher…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a date</source>
            <translation>Escolher uma data</translation>
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
            <translation>Data</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Draft: still being written.</source>
            <translation>Rascunho: ainda em escrita.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed: the text can no longer be changed; corrections go in addenda.</source>
            <translation>Concluída: o texto já não pode ser alterado; as correções vão em adendas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shared with the client.</source>
            <translation>Partilhada com o cliente.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filled in.</source>
            <translation>Preenchido.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duplicate</source>
            <translation>Duplicado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Another file of this client has the same content.</source>
            <translation>Outro ficheiro deste cliente tem o mesmo conteúdo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>In the trash since %1</source>
            <translation>No lixo desde %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(untitled)</source>
            <translation>(sem título)</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+6" />
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Same as “%1”, uploaded %2</source>
            <translation>Igual a «%1», carregado em %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentationTab</name>
        <message>
            <location filename="../../ui/documentation/documentation_tab.py" line="+103" />
            <source>New note</source>
            <translation>Nova nota</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From template…</source>
            <translation>A partir de modelo…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fill in a form…</source>
            <translation>Preencher um formulário…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Upload files…</source>
            <translation>Carregar ficheiros…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or drop files onto this tab</source>
            <translation>Ou arraste ficheiros para este separador</translation>
        </message>
        <message>
            <location line="+13" />
            <source>All</source>
            <translation>Tudo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forms</source>
            <translation>Formulários</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Files</source>
            <translation>Ficheiros</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Show: %1</source>
            <translation>Mostrar: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Search notes, forms and files</source>
            <translation>Pesquisar na documentação</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Notes, forms and files moved to the trash</source>
            <translation>Notas, formulários e ficheiros movidos para o lixo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>In the trash: restore an item from its ⋮ menu. A completed note shows why it was moved here.</source>
            <translation>No lixo: restaure um item a partir do seu menu ⋮. Uma nota concluída mostra porque foi movida para aqui.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+1" />
            <source>Dismiss</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Documentation (%1)</source>
            <translation>Documentação (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash (%1)</source>
            <translation>Lixo (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trash</source>
            <translation>Lixo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing here matches your search.</source>
            <translation>Nada aqui corresponde à sua pesquisa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The trash is empty.</source>
            <translation>O lixo está vazio.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing matches. Try other words or show all kinds.</source>
            <translation>Sem resultados. Experimente outras palavras ou mostre todos os tipos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No notes, forms or files for this client yet. Write a note, fill in a form, or drop files here to keep them with the record, encrypted.</source>
            <translation>Ainda não há notas, formulários nem ficheiros deste cliente. Escreva uma nota, preencha um formulário ou arraste ficheiros para aqui para os guardar com a ficha, encriptados.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Upload files</source>
            <translation>Carregar ficheiros</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Upload</source>
            <translation>Carregar</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Adding %1 of %2: %3</source>
            <translation>A adicionar %1 de %2: %3</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Not found</source>
            <translation>Não encontrado</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Saved %1 in %2</source>
            <translation>%1 guardado em %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentationTabText</name>
        <message numerus="yes">
            <location line="-102" />
            <source>Added %n file(s).</source>
            <translation>
                <numerusform>Foi adicionado %n ficheiro.</numerusform>
                <numerusform>Foram adicionados %n ficheiros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>Drop to add %n file(s) to this client's documentation</source>
            <translation>
                <numerusform>Largue para adicionar %n ficheiro à documentação deste cliente</numerusform>
                <numerusform>Largue para adicionar %n ficheiros à documentação deste cliente</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../ui/transfer/import_done_page.py" line="+26" />
            <source>Changed your mind? Undo import removes the people this import created and gives the people it updated their previous details back. You can also do it later from Past imports.</source>
            <translation>Mudou de ideias? Anular a importação elimina as pessoas criadas por esta importação e devolve às pessoas atualizadas os seus dados anteriores. Também pode fazê-lo mais tarde em Importações anteriores.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Undo import</source>
            <translation>Anular a importação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save rejected rows…</source>
            <translation>Guardar linhas recusadas…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Import finished</source>
            <translation>Importação concluída</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n contact(s) created.</source>
            <translation>
                <numerusform>%n contacto criado.</numerusform>
                <numerusform>%n contactos criados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s) created.</source>
            <translation>
                <numerusform>%n cliente criado.</numerusform>
                <numerusform>%n clientes criados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n existing contact(s) updated.</source>
            <translation>
                <numerusform>%n contacto existente atualizado.</numerusform>
                <numerusform>%n contactos existentes atualizados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n existing client(s) updated.</source>
            <translation>
                <numerusform>%n cliente existente atualizado.</numerusform>
                <numerusform>%n clientes existentes atualizados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n duplicate(s) skipped.</source>
            <translation>
                <numerusform>%n duplicado ignorado.</numerusform>
                <numerusform>%n duplicados ignorados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n row(s) could not be imported.</source>
            <translation>
                <numerusform>%n linha não pôde ser importada.</numerusform>
                <numerusform>%n linhas não puderam ser importadas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import undone</source>
            <translation>Importação anulada</translation>
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
                <numerusform>%n pessoa recuperou os seus dados anteriores.</numerusform>
                <numerusform>%n pessoas recuperaram os seus dados anteriores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n person(s) kept: they have notes, forms, files, appointments, invoices or payments since the import.</source>
            <translation>
                <numerusform>%n pessoa mantida: tem notas, formulários, ficheiros, consultas, faturas ou pagamentos desde a importação.</numerusform>
                <numerusform>%n pessoas mantidas: têm notas, formulários, ficheiros, consultas, faturas ou pagamentos desde a importação.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesModel</name>
        <message>
            <location filename="../../ui/transfer/import_check_page.py" line="+13" />
            <source>Line</source>
            <translation>Linha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name in the file</source>
            <translation>Nome no ficheiro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Looks like</source>
            <translation>Parece-se com</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Because of</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What to do</source>
            <translation>O que fazer</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Line %1 of this file</source>
            <translation>Linha %1 deste ficheiro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same email</source>
            <translation>Mesmo email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same name and date of birth</source>
            <translation>Mesmo nome e data de nascimento</translation>
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
        <name>EmailSettingsPage</name>
        <message>
            <location filename="../../ui/settings/email_page.py" line="+67" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Connect the email account you use with clients. Consulta brings its mail in the background, files each message to the client it belongs to (Inbox tab), and sends from this account.</source>
            <translation>Ligue a conta de email que usa com os clientes. O Consulta traz o correio em segundo plano, arquiva cada mensagem na ficha do cliente a que pertence (separador Caixa de entrada) e envia a partir desta conta.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>you@example.com</source>
            <translation>o.seu.nome@exemplo.pt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left empty, the server name, user name and password of incoming mail are used.</source>
            <translation>Se ficar vazio, são usados o servidor, o nome de utilizador e a palavra-passe do correio de entrada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>None: the system's trusted authorities</source>
            <translation>Nenhuma: as autoridades de confiança do sistema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hoose…</source>
            <translation>Es&amp;colher…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only for a self-hosted server with its own certificate authority. Certificates are always checked.</source>
            <translation>Só para um servidor próprio com a sua própria autoridade de certificação. Os certificados são sempre verificados.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Everything</source>
            <translation>Tudo</translation>
        </message>
        <message>
            <location line="+1" />
            <source> days</source>
            <translation> dias</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Load folders from the server</source>
            <translation>Carregar as pastas do &amp;servidor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The inbox and the sent folder are always synced. Load the server's other folders to tick some to sync too.</source>
            <translation>A caixa de entrada e a pasta de enviados são sempre sincronizadas. Carregue as outras pastas do servidor para assinalar outras a sincronizar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Test connection</source>
            <translation>&amp;Testar a ligação</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save email settings</source>
            <translation>Guardar as definições de email</translation>
        </message>
        <message>
            <location line="+19" />
            <source> hours before</source>
            <translation> horas antes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reminders are switched on for each client, in their Inbox tab, with the language to write in. They give the date and time only, never health details, and go out from this account like any message in the Outbox.</source>
            <translation>Os lembretes são ativados para cada cliente, no seu separador Caixa de entrada, com o idioma em que lhe escrever. Só indicam a data e a hora, nunca dados de saúde, e saem desta conta como qualquer mensagem da caixa de saída.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Email address</source>
            <translation>&amp;Endereço de email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name shown to recipients</source>
            <translation>&amp;Nome mostrado aos destinatários</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Incoming mail (IMAP)</source>
            <translation>Correio de entrada (IMAP)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outgoing mail (SMTP)</source>
            <translation>Correio de saída (SMTP)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Security</source>
            <translation>Segurança</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificate &amp;authority</source>
            <translation>&amp;Autoridade de certificação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What to sync</source>
            <translation>O que sincronizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fetch mail from the &amp;last</source>
            <translation>Obter o correio dos ú&amp;ltimos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Older mail of a client is still fetched when you add the client or their address.</source>
            <translation>O correio mais antigo de um cliente continua a ser obtido quando adiciona o cliente ou o seu endereço.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Other folders</source>
            <translation>Outras pastas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Appointment reminders</source>
            <translation>Lembretes de consultas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send &amp;reminders</source>
            <translation>Enviar lemb&amp;retes</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Saved — type a new one to change it</source>
            <translation>Guardada — escreva outra para a alterar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Same as incoming</source>
            <translation>Igual à do correio de entrada</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Passwords are kept in this computer's keyring, not in the workspace file.</source>
            <translation>As palavras-passe ficam no porta-chaves deste computador, não no ficheiro do espaço de trabalho.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This computer has no keyring service, so passwords are kept inside the encrypted workspace file.</source>
            <translation>Este computador não tem serviço de porta-chaves, por isso as palavras-passe ficam dentro do ficheiro encriptado do espaço de trabalho.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Enter the incoming mail server and your user name.</source>
            <translation>Introduza o servidor de correio de entrada e o seu nome de utilizador.</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Choose the certificate authority file</source>
            <translation>Escolha o ficheiro da autoridade de certificação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificados (*.pem *.crt *.cer);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Enter the password of your email account.</source>
            <translation>Introduza a palavra-passe da sua conta de email.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Email settings saved. The passwords are in this computer's keyring.</source>
            <translation>Definições de email guardadas. As palavras-passe estão no porta-chaves deste computador.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Email settings saved. The passwords are inside the encrypted workspace file (this computer has no keyring).</source>
            <translation>Definições de email guardadas. As palavras-passe estão dentro do ficheiro encriptado do espaço de trabalho (este computador não tem porta-chaves).</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>Reminders now go out %n hour(s) before an appointment.</source>
            <translation>
                <numerusform>Os lembretes passam a sair %n hora antes de uma consulta.</numerusform>
                <numerusform>Os lembretes passam a sair %n horas antes de uma consulta.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Settings: the email account</source>
            <translation>Definições: a conta de email</translation>
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
            <translation>Apagar %1 definitivamente?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Erase these clients for good? %1</source>
            <translation>Apagar definitivamente estes clientes? %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Everything recorded about them is erased and cannot be brought back: the record and its custom fields, relationships, notes, forms, files, stored emails and appointments.</source>
            <translation>Tudo o que está registado é apagado e não pode ser recuperado: a ficha e os seus campos personalizados, relações, notas, formulários, ficheiros, emails guardados e consultas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Issued invoices and credit notes, and payments with their receipts, stay exactly as issued, linked to no one, because the law requires keeping them.</source>
            <translation>As faturas e notas de crédito emitidas, e os pagamentos com os respetivos recibos, ficam exatamente como foram emitidos, sem ligação a ninguém, porque a lei obriga a conservá-los.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The client asked for their data to be erased</source>
            <translation>O cliente pediu que os seus dados fossem apagados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added by mistake</source>
            <translation>Adicionado por engano</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate record</source>
            <translation>Ficha duplicada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other…</source>
            <translation>Outro…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a reason…</source>
            <translation>Escolha um motivo…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Details</source>
            <translation>Dados pessoais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The reason is kept in the audit log, with what was erased (never the erased details themselves).</source>
            <translation>O motivo fica no registo de auditoria, com o que foi apagado (nunca os próprios dados apagados).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De&amp;tails</source>
            <translation>De&amp;talhes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Erase permanently</source>
            <translation>&amp;Apagar definitivamente</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Say why (needed for “Other”)</source>
            <translation>Indique porquê (obrigatório para «Outro»)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Notes: %1</source>
            <translation>Notas: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Forms: %1</source>
            <translation>Formulários: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files: %1</source>
            <translation>Ficheiros: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stored emails: %1</source>
            <translation>Emails guardados: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointments: %1</source>
            <translation>Consultas: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationships: %1</source>
            <translation>Relações: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom field values: %1</source>
            <translation>Valores de campos personalizados: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft invoices: %1</source>
            <translation>Rascunhos de fatura: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stored payment methods: %1</source>
            <translation>Métodos de pagamento guardados: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unsent emails: %1</source>
            <translation>Emails por enviar: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 was erased</source>
            <translation>A ficha de %1 foi apagada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clients erased: %1</source>
            <translation>Clientes apagados: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The record is gone, with everything recorded about them.</source>
            <translation>A ficha foi apagada, com tudo o que estava registado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Invoices kept as issued: %1</source>
            <translation>Faturas mantidas tal como emitidas: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipts kept: %1</source>
            <translation>Recibos mantidos: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>They stay in Billing, linked to no one, as the law requires.</source>
            <translation>Ficam na Faturação, sem ligação a ninguém, como a lei exige.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There were no issued invoices or payments to keep.</source>
            <translation>Não havia faturas emitidas nem pagamentos a conservar.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/transfer/export_dialog.py" line="+81" />
            <source>Export contact record</source>
            <translation>Exportar ficha do contacto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export client record</source>
            <translation>Exportar ficha do cliente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export practice</source>
            <translation>Exportar o consultório</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Every client and contact, each in their own folder, with their notes and forms (PDF and JSON), files, emails and invoices</source>
            <translation>Todos os clientes e contactos, cada um na sua pasta, com as notas e formulários (PDF e JSON), ficheiros, emails e faturas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Spreadsheet files (CSV) of clients, contacts, appointments, invoices and payments</source>
            <translation>Folhas de cálculo (CSV) de clientes, contactos, consultas, faturas e pagamentos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The definitions of your custom fields</source>
            <translation>As definições dos seus campos personalizados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details, custom fields and relationships</source>
            <translation>Dados, campos personalizados e relações</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointments</source>
            <translation>Consultas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes and forms, as PDF and as structured data (JSON)</source>
            <translation>Notas e formulários, em PDF e como dados estruturados (JSON)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files</source>
            <translation>Ficheiros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emails, as .eml files</source>
            <translation>Emails, como ficheiros .eml</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices, as PDF</source>
            <translation>Faturas, em PDF</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What is included</source>
            <translation>O que inclui</translation>
        </message>
        <message>
            <location line="+8" />
            <source>One .&amp;zip file</source>
            <translation>Um ficheiro .&amp;zip</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A f&amp;older</source>
            <translation>Uma &amp;pasta</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder</source>
            <translation>Pasta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hoose…</source>
            <translation>Es&amp;colher…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;In folder</source>
            <translation>Na pa&amp;sta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language of the PDFs</source>
            <translation>&amp;Idioma dos PDF</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The export holds health information unencrypted, readable by anyone who gets the file. Keep it somewhere safe, send it only by a secure channel, and delete it when it is no longer needed.</source>
            <translation>A exportação contém informação de saúde não encriptada, legível por quem obtiver o ficheiro. Guarde-a num local seguro, envie-a só por um canal seguro e elimine-a quando já não for necessária.</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+157" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="-154" />
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Export into folder</source>
            <translation>Exportar para a pasta</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Give the export a name and a folder.</source>
            <translation>Dê um nome e uma pasta à exportação.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Exporting the practice…</source>
            <translation>A exportar o consultório…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exporting %1’s record…</source>
            <translation>A exportar a ficha de %1…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exported to:</source>
            <translation>Exportado para:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The export was not made. %1</source>
            <translation>A exportação não foi feita. %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export cancelled. Nothing was left behind.</source>
            <translation>Exportação cancelada. Não ficou nada para trás.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Export complete</source>
            <translation>Exportação concluída</translation>
        </message>
        <message>
            <location line="+5" />
            <source>It holds health information unencrypted: keep it safe and delete it when it is no longer needed.</source>
            <translation>Contém informação de saúde não encriptada: guarde-a em segurança e elimine-a quando já não for necessária.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Show in folder</source>
            <translation>&amp;Mostrar na pasta</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Cancel the export?</source>
            <translation>Cancelar a exportação?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The export is still running. Cancel it and close? What was written so far is removed.</source>
            <translation>A exportação ainda está em curso. Cancelá-la e fechar? O que já foi escrito é removido.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel export</source>
            <translation>Cancelar exportação</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <location filename="../../ui/clients/record/new_field_dialog.py" line="+42" />
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
            <location line="+2" />
            <source>People who already have an option you remove keep it, marked “no longer an option”, until their value is changed.</source>
            <translation>Quem já tiver uma opção que remova mantém-na, marcada «já não é uma opção», até o seu valor ser alterado.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label</source>
            <translation>Rótulo</translation>
        </message>
        <message>
            <location line="+6" />
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
            <location filename="../../ui/clients/record/field_editors.py" line="-79" />
            <source>%1 (no longer an option)</source>
            <translation>%1 (já não é uma opção)</translation>
        </message>
        <message>
            <location line="+145" />
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
        <name>FileActions</name>
        <message>
            <location filename="../../ui/documentation/file_actions.py" line="+68" />
            <source>Save a copy</source>
            <translation>Guardar uma cópia</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+13" />
            <source>The copy was not saved</source>
            <translation>A cópia não foi guardada</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+10" />
            <source>The file was not opened</source>
            <translation>O ficheiro não foi aberto</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+7" />
            <source>Not renamed</source>
            <translation>O nome não foi alterado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rename file</source>
            <translation>Mudar o nome do ficheiro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New name:</source>
            <translation>Novo nome:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename</source>
            <translation>Mudar o nome</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Move “%1” to the trash? You can restore it from the Documentation tab's trash.</source>
            <translation>Mover «%1» para o lixo? Pode restaurá-lo a partir do lixo do separador Documentação.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move the form “%1” to the trash? You can restore it from the Documentation tab's trash.</source>
            <translation>Mover o formulário «%1» para o lixo? Pode restaurá-lo a partir do lixo do separador Documentação.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not moved to the trash</source>
            <translation>Não foi movido para o lixo</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+1" />
            <source>Move to trash</source>
            <translation>Mover para o lixo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not restored</source>
            <translation>Não foi restaurado</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The PDF was not saved</source>
            <translation>O PDF não foi guardado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save form PDF</source>
            <translation>Guardar o PDF do formulário</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Preview</source>
            <translation>Pré-visualizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save a copy…</source>
            <translation>Guardar uma cópia…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename…</source>
            <translation>Mudar o nome…</translation>
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
            <translation>Mover para o lixo…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../ui/transfer/import_file_page.py" line="+48" />
            <source>Choose a CSV file: a spreadsheet saved as CSV, or a list exported from another program. Nothing is written until the last step.</source>
            <translation>Escolha um ficheiro CSV: uma folha de cálculo guardada como CSV ou uma lista exportada de outro programa. Nada é gravado até ao último passo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose file…</source>
            <translation>Escolher ficheiro…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UTF-8 with byte-order mark (Excel)</source>
            <translation>UTF-8 com marca de ordem de bytes (Excel)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UTF-16 (Excel “Unicode text”)</source>
            <translation>UTF-16 (Excel «Texto Unicode»)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Windows-1252 (Western European)</source>
            <translation>Windows-1252 (Europa Ocidental)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latin-1 (ISO-8859-1)</source>
            <translation>Latin-1 (ISO-8859-1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Comma ( , )</source>
            <translation>Vírgula ( , )</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Semicolon ( ; )</source>
            <translation>Ponto e vírgula ( ; )</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tab</source>
            <translation>Tabulação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Vertical bar ( | )</source>
            <translation>Barra vertical ( | )</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Row %1</source>
            <translation>Linha %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Encoding</source>
            <translation>&amp;Codificação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Separator</source>
            <translation>&amp;Separador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Column names in</source>
            <translation>&amp;Nomes das colunas na</translation>
        </message>
        <message>
            <location line="+10" />
            <source>How the file was understood</source>
            <translation>Como o ficheiro foi interpretado</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Choose a CSV file</source>
            <translation>Escolher um ficheiro CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
            <translation>Ficheiros CSV e de texto (*.csv *.txt *.tsv);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Reading the file…</source>
            <translation>A ler o ficheiro…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The file could not be read: %1</source>
            <translation>Não foi possível ler o ficheiro: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1” has column names but no rows under them: there is nothing to import.</source>
            <translation>«%1» tem nomes de colunas, mas nenhuma linha por baixo: não há nada a importar.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No file chosen yet.</source>
            <translation>Ainda não escolheu nenhum ficheiro.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) to import</source>
            <translation>
                <numerusform>%n linha a importar</numerusform>
                <numerusform>%n linhas a importar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The first %n row(s), with the file's line numbers. If the letters or columns look wrong, change the encoding or the separator above.</source>
            <translation>
                <numerusform>Mostra-se %n linha, com o respetivo número no ficheiro. Se as letras ou as colunas parecerem erradas, altere a codificação ou o separador acima.</numerusform>
                <numerusform>Mostram-se as %n primeiras linhas, com os respetivos números no ficheiro. Se as letras ou as colunas parecerem erradas, altere a codificação ou o separador acima.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n row(s) have more cells than there are column names: the extra cells are left out.</source>
            <translation>
                <numerusform>%n linha tem mais células do que nomes de colunas: as células a mais são ignoradas.</numerusform>
                <numerusform>%n linhas têm mais células do que nomes de colunas: as células a mais são ignoradas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePreview</name>
        <message>
            <location filename="../../ui/documentation/file_preview.py" line="+116" />
            <source>%1 · %2 · added %3</source>
            <translation>%1 · %2 · adicionado em %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 (%2 bytes)</source>
            <translation>%1 (%2 bytes)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added</source>
            <translation>Adicionado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checksum (SHA-256)</source>
            <translation>Soma de verificação (SHA-256)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“Open in another program” makes a temporary decrypted copy in a private folder on this computer; Consulta deletes it when it closes.</source>
            <translation>«Abrir noutro programa» cria uma cópia temporária desencriptada numa pasta privada deste computador; o Consulta apaga-a quando fecha.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open in another program</source>
            <translation>Abrir noutro programa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save a copy…</source>
            <translation>Guardar uma cópia…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Consulta cannot show this kind of file. Open it in another program, or save a copy.</source>
            <translation>O Consulta não consegue mostrar este tipo de ficheiro. Abra-o noutro programa ou guarde uma cópia.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This image cannot be shown here (it is too large or damaged). Open it in another program, or save a copy.</source>
            <translation>Esta imagem não pode ser mostrada aqui (é demasiado grande ou está danificada). Abra-a noutro programa ou guarde uma cópia.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Previous page</source>
            <translation>Página anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next page</source>
            <translation>Página seguinte</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Preparing a temporary copy…</source>
            <translation>A preparar uma cópia temporária…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Opened a temporary copy: %1. Consulta deletes it when it closes; save your changes elsewhere with “Save as” in that program.</source>
            <translation>Foi aberta uma cópia temporária: %1. O Consulta apaga-a quando fecha; guarde as suas alterações noutro local com «Guardar como» nesse programa.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No program on this computer opens this kind of file. The temporary copy %1 is deleted when Consulta closes.</source>
            <translation>Nenhum programa deste computador abre este tipo de ficheiro. A cópia temporária %1 é apagada quando o Consulta fecha.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved a copy as %1</source>
            <translation>Cópia guardada como %1</translation>
        </message>
    </context>
    <context>
        <name>FormFillDialog</name>
        <message>
            <location filename="../../ui/documentation/form_fill_dialog.py" line="+87" />
            <source>&amp;Form</source>
            <translation>&amp;Formulário</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Co&amp;rrect answers</source>
            <translation>&amp;Corrigir respostas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fix a mistake in the answers; the form keeps the questions it was filled in with.</source>
            <translation>Corrija um erro nas respostas; o formulário mantém as perguntas com que foi preenchido.</translation>
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
            <translation>Preencher um formulário</translation>
        </message>
        <message>
            <location line="-33" />
            <source>For %1. Enter the answers the client gave; you can paste them from a message.</source>
            <translation>Para %1. Introduza as respostas que o cliente deu; pode colá-las a partir de uma mensagem.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>There are no intake forms yet. Create one in the Templates area.</source>
            <translation>Ainda não há formulários de admissão. Crie um na área Modelos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(form no longer available)</source>
            <translation>(formulário já não disponível)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That form template no longer exists.</source>
            <translation>Esse modelo de formulário já não existe.</translation>
        </message>
        <message>
            <location line="+38" />
            <location line="+5" />
            <location line="+98" />
            <source>Filled-in form</source>
            <translation>Formulário preenchido</translation>
        </message>
        <message>
            <location line="-82" />
            <source>%1 · filled in on %2</source>
            <translation>%1 · preenchido em %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This form is in the trash. Restore it first.</source>
            <translation>Este formulário está no lixo. Restaure-o primeiro.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Correct answers</source>
            <translation>Corrigir respostas</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>%n answer(s) need attention; nothing was saved yet.</source>
            <translation>
                <numerusform>%n resposta precisa de atenção; ainda não foi guardado nada.</numerusform>
                <numerusform>%n respostas precisam de atenção; ainda não foi guardado nada.</numerusform>
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
            <translation>Guardar o formulário em PDF</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Answers to “%1” for %2</source>
            <translation>Respostas a «%1» de %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Discard the answers?</source>
            <translation>Descartar as respostas?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answers you entered have not been saved.</source>
            <translation>As respostas que introduziu não foram guardadas.</translation>
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
            <translation>Novo formulário de admissão</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit intake form</source>
            <translation>Editar formulário de admissão</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The questions you go through with a client. Forms already filled in keep the questions they were answered with.</source>
            <translation>As perguntas que percorre com um cliente. Os formulários já preenchidos mantêm as perguntas a que se respondeu.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Couples intake</source>
            <translation>p. ex. Admissão de casal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+12" />
            <source>+ &amp;Add question</source>
            <translation>+ &amp;Adicionar pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>&amp;Remover</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Descer</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Questions</source>
            <translation>Perguntas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Optional: a hint shown under the question</source>
            <translation>Opcional: uma indicação mostrada por baixo da pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An answer is required</source>
            <translation>É obrigatória uma resposta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One option per line</source>
            <translation>Uma opção por linha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Options</source>
            <translation>&amp;Opções</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>A&amp;juda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One option per line, in the order they are shown.</source>
            <translation>Uma opção por linha, pela ordem em que são mostradas.</translation>
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
            <translation>Adicione uma pergunta para começar.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Create</source>
            <translation>Criar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+49" />
            <source>(no text yet)</source>
            <translation>(ainda sem texto)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>required</source>
            <translation>obrigatória</translation>
        </message>
        <message>
            <location line="+63" />
            <source>A title between groups of questions; it takes no answer.</source>
            <translation>Um título entre grupos de perguntas; não leva resposta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered with a number from %1 to %2.</source>
            <translation>Responde-se com um número de %1 a %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The client’s name and the date they signed.</source>
            <translation>O nome do cliente e a data em que assinou.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered with yes or no.</source>
            <translation>Responde-se com sim ou não.</translation>
        </message>
        <message>
            <location line="+128" />
            <source>Intake form “%1”</source>
            <translation>Formulário de admissão «%1»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name)</source>
            <translation>(sem nome)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Discard the changes?</source>
            <translation>Descartar as alterações?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The changes to this form have not been saved.</source>
            <translation>As alterações a este formulário não foram guardadas.</translation>
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
            <location line="+22" />
            <source>Appointment times are shown in this zone, and repeating appointments keep their time in it across summer-time changes.</source>
            <translation>As horas das consultas são mostradas neste fuso, e as consultas periódicas mantêm nele a sua hora quando muda a hora de verão.</translation>
        </message>
        <message>
            <location line="+16" />
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
            <location line="+3" />
            <source>&amp;Time zone</source>
            <translation>&amp;Fuso horário</translation>
        </message>
        <message>
            <location line="+34" />
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
            <location line="+9" />
            <source>Time zone saved: %1.</source>
            <translation>Fuso horário guardado: %1.</translation>
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
            <location filename="../../ui/global_search.py" line="+131" />
            <location line="+1" />
            <source>Search clients, contacts, notes and forms</source>
            <translation>Pesquisar clientes, contactos, notas e formulários</translation>
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
            <translation>Notas e formulários</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing found for “%1”.</source>
            <translation>Nada encontrado para «%1».</translation>
        </message>
    </context>
    <context>
        <name>IcsExportDialog</name>
        <message>
            <location filename="../../ui/calendar/ics_export_dialog.py" line="+41" />
            <source>Export to a phone calendar</source>
            <translation>Exportar para o calendário do telemóvel</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export upcoming appointments</source>
            <translation>Exportar as próximas consultas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saves your upcoming appointments (the next twelve months) as an .ics file, which your phone or another calendar app can import. Cancelled appointments are left out.</source>
            <translation>Guarda as suas próximas consultas (os próximos doze meses) num ficheiro .ics, que o seu telemóvel ou outra aplicação de calendário pode importar. As consultas canceladas ficam de fora.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Include client names</source>
            <translation>Incluir os nomes dos clientes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Otherwise only initials and the service are exported (for example “S.M. · Follow-up session”), so no client's name reaches a calendar that syncs to the cloud. Names also add places and video links.</source>
            <translation>Caso contrário, só são exportados as iniciais e o serviço (por exemplo «S.M. · Sessão de acompanhamento»), para que nenhum nome de cliente chegue a um calendário sincronizado com a nuvem. Com os nomes seguem também os locais e as ligações de videochamada.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Save the calendar file</source>
            <translation>Guardar o ficheiro do calendário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>iCalendar files (*.ics)</source>
            <translation>Ficheiros iCalendar (*.ics)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Exporting…</source>
            <translation>A exportar…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The file could not be written: %1</source>
            <translation>Não foi possível escrever o ficheiro: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <location filename="../../ui/transfer/import_history_dialog.py" line="+36" />
            <source>Past imports</source>
            <translation>Importações anteriores</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Undoing an import removes the people it created and gives the people it updated their previous details back. People who have notes, appointments or invoices since are kept.</source>
            <translation>Anular uma importação elimina as pessoas que criou e devolve às pessoas que atualizou os seus dados anteriores. As pessoas que tenham, desde então, notas, consultas ou faturas são mantidas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>Ficheiro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Of</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created</source>
            <translation>Criados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated</source>
            <translation>Atualizados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Skipped</source>
            <translation>Ignorados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not imported</source>
            <translation>Não importados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No imports yet.</source>
            <translation>Ainda não há importações.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+67" />
            <source>Undo import</source>
            <translation>Anular a importação</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Completed</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undone</source>
            <translation>Anulada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interrupted</source>
            <translation>Interrompida</translation>
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
            <translation>Anular esta importação?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1”: the %2 it created are removed, and the people it updated get their previous details back.</source>
            <translation>«%1»: as pessoas que criou (%2) são eliminadas e as que atualizou recuperam os seus dados anteriores.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Undoing the import…</source>
            <translation>A anular a importação…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Undoing the import… %1 of %2</source>
            <translation>A anular a importação… %1 de %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Undone: %1 removed.</source>
            <translation>Importação anulada. Eliminados: %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n person(s) given their previous details back.</source>
            <translation>
                <numerusform>%n pessoa recuperou os seus dados anteriores.</numerusform>
                <numerusform>%n pessoas recuperaram os seus dados anteriores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n person(s) kept: they have records since the import.</source>
            <translation>
                <numerusform>%n pessoa mantida: a sua ficha tem registos posteriores à importação.</numerusform>
                <numerusform>%n pessoas mantidas: as suas fichas têm registos posteriores à importação.</numerusform>
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
            <translation>%1 - linhas rejeitadas.csv</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save rejected rows</source>
            <translation>Guardar linhas rejeitadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation>Ficheiros CSV (*.csv)</translation>
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
            <translation>&lt; &amp;Anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Seguinte &gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+37" />
            <source>1 File</source>
            <translation>1 Ficheiro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>2 Columns</source>
            <translation>2 Colunas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>3 Check</source>
            <translation>3 Verificação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>4 Import</source>
            <translation>4 Importação</translation>
        </message>
        <message numerus="yes">
            <location line="+83" />
            <source>Importing %Ln contact(s)…</source>
            <translation>
                <numerusform>A importar %Ln contacto…</numerusform>
                <numerusform>A importar %Ln contactos…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Importing %Ln client(s)…</source>
            <translation>
                <numerusform>A importar %Ln cliente…</numerusform>
                <numerusform>A importar %Ln clientes…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+37" />
            <source>Import cancelled. Nothing was changed.</source>
            <translation>Importação cancelada. Nada foi alterado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The import stopped: %1</source>
            <translation>A importação parou: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Undo this import?</source>
            <translation>Anular esta importação?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The people this import created are removed, and the people it updated get their previous details back.</source>
            <translation>As pessoas criadas por esta importação são removidas e as que ela atualizou recuperam os dados anteriores.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo import</source>
            <translation>Anular importação</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Undoing the import…</source>
            <translation>A anular a importação…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Rejected rows saved as “%1”.</source>
            <translation>Linhas rejeitadas guardadas como «%1».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rejected rows were not saved</source>
            <translation>As linhas rejeitadas não foram guardadas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Undoing the import</source>
            <translation>A anular a importação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Please wait until the import has been undone.</source>
            <translation>Aguarde até que a importação seja anulada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel the import?</source>
            <translation>Cancelar a importação?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The import is still running. If you cancel it, what it has imported so far is taken back and nothing is changed.</source>
            <translation>A importação ainda está a decorrer. Se a cancelar, o que já foi importado é desfeito e nada é alterado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel import</source>
            <translation>Cancelar importação</translation>
        </message>
    </context>
    <context>
        <name>InboxArea</name>
        <message>
            <location filename="../../ui/mail/inbox_area.py" line="+82" />
            <location line="+113" />
            <source>Inbox</source>
            <translation>Caixa de entrada</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Messages waiting to be sent, and those that could not be sent</source>
            <translation>Mensagens à espera de envio e as que não puderam ser enviadas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>+ Compose</source>
            <translation>+ Escrever</translation>
        </message>
        <message>
            <location line="+12" />
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unlinked</source>
            <translation>Não associadas</translation>
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
            <translation>Não lidas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show: %1</source>
            <translation>Mostrar: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Messages from addresses that are not a client's or a contact's</source>
            <translation>Mensagens de endereços que não são de nenhum cliente nem contacto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search subject, addresses and text</source>
            <translation>Pesquisar assunto, endereços e texto</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Connect your email</source>
            <translation>Ligue o seu email</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set up your email account in Settings → Email. Consulta then brings in your messages in the background and files each one to the client or contact it is from or to; they stay readable with no network.</source>
            <translation>Configure a sua conta de email em Definições → Email. O Consulta passa a trazer as suas mensagens em segundo plano e arquiva cada uma na ficha do cliente ou contacto que a envia ou recebe; continuam legíveis sem rede.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open Settings</source>
            <translation>Abrir Definições</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Inbox (%1)</source>
            <translation>Caixa de entrada (%1)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No message matches.</source>
            <translation>Nenhuma mensagem corresponde.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No messages yet. They show here after the first sync; the status bar says how it is going.</source>
            <translation>Ainda não há mensagens. Aparecem aqui após a primeira sincronização; a barra de estado indica como está a correr.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Outbox (%1)</source>
            <translation>Caixa de saída (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outbox</source>
            <translation>Caixa de saída</translation>
        </message>
    </context>
    <context>
        <name>InboxTab</name>
        <message>
            <location filename="../../ui/clients/record/inbox_tab.py" line="+85" />
            <source>+ Compose</source>
            <translation>+ Escrever</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Send appointment reminders by email</source>
            <translation>Enviar lembretes de consultas por email</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Language of the reminders</source>
            <translation>Idioma dos lembretes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>in</source>
            <translation>em</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add an email address in the Personal tab first.</source>
            <translation>Adicione primeiro um endereço de email no separador Pessoal.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No email with this client yet. Messages to and from their addresses show here, older ones too.</source>
            <translation>Ainda não há emails com este cliente. As mensagens enviadas para os seus endereços e recebidas deles aparecem aqui, as antigas também.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set up your email account in Settings → Email to see your messages with this client here.</source>
            <translation>Configure a sua conta de email em Definições → Email para ver aqui as suas mensagens com este cliente.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>(no subject)</source>
            <translation>(sem assunto)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You</source>
            <translation>Eu</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Add an email address in the Personal tab to send reminders.</source>
            <translation>Adicione um endereço de email no separador Pessoal para enviar lembretes.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>They start once your email account is set up.</source>
            <translation>Começam quando a sua conta de email estiver configurada.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not changed</source>
            <translation>Não foi alterado</translation>
        </message>
    </context>
    <context>
        <name>InboxTabText</name>
        <message numerus="yes">
            <location line="-130" />
            <source>%n conversation(s)</source>
            <translation>
                <numerusform>%n conversa</numerusform>
                <numerusform>%n conversas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n mensagem</numerusform>
                <numerusform>%n mensagens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+117" />
            <source>Sent from your email account %n hour(s) before each appointment, with its date and time only: no health details.</source>
            <translation>
                <numerusform>Enviados a partir da sua conta de email %n hora antes de cada consulta, só com a data e a hora: nenhum dado de saúde.</numerusform>
                <numerusform>Enviados a partir da sua conta de email %n horas antes de cada consulta, só com a data e a hora: nenhum dado de saúde.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxText</name>
        <message numerus="yes">
            <location filename="../../ui/mail/inbox_area.py" line="-14" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n mensagem</numerusform>
                <numerusform>%n mensagens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n unread</source>
            <translation>
                <numerusform>%n não lida</numerusform>
                <numerusform>%n não lidas</numerusform>
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
            <translation>O PDF não foi guardado</translation>
        </message>
        <message>
            <location line="-42" />
            <source>%1 could not be written: %2</source>
            <translation>Não foi possível escrever %1: %2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Save credit note PDF</source>
            <translation>Guardar PDF da nota de crédito</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save invoice PDF</source>
            <translation>Guardar PDF da fatura</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Save receipt PDF</source>
            <translation>Guardar PDF do recibo</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Not duplicated</source>
            <translation>Não foi duplicada</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Not deleted</source>
            <translation>Não foi eliminado</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+3" />
            <source>Delete draft</source>
            <translation>Eliminar rascunho</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Delete this draft invoice? It has no number yet, so no number is lost.</source>
            <translation>Eliminar este rascunho de fatura? Ainda não tem número, por isso nenhum número se perde.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Email comes with the Inbox part of Consulta.</source>
            <translation>O email chega com a parte Caixa de entrada do Consulta.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issue the invoice before sending it.</source>
            <translation>Emita a fatura antes de a enviar.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+7" />
            <source>Not sent</source>
            <translation>Não foi enviado</translation>
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
            <translation>Olá %1,

Segue em anexo a nota de crédito %2, que anula a fatura %3.

Com os melhores cumprimentos,
%4</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Invoice %1</source>
            <translation>Fatura %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hello %1,

Please find attached invoice %2 for %3.

Kind regards,
%4</source>
            <translation>Olá %1,

Segue em anexo a fatura %2, no valor de %3.

Com os melhores cumprimentos,
%4</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A credit note is not paid: it cancels an invoice.</source>
            <translation>Uma nota de crédito não se paga: anula uma fatura.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Issue the invoice before recording a payment.</source>
            <translation>Emita a fatura antes de registar um pagamento.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This invoice is paid.</source>
            <translation>Esta fatura está paga.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This invoice is cancelled.</source>
            <translation>Esta fatura está anulada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A credit note cannot be cancelled.</source>
            <translation>Uma nota de crédito não pode ser anulada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A draft has no number yet: delete it instead.</source>
            <translation>Um rascunho ainda não tem número: elimine-o.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This invoice is already cancelled.</source>
            <translation>Esta fatura já está anulada.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Duplicate the invoice instead of its credit note.</source>
            <translation>Duplique a fatura em vez da nota de crédito.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The client was erased; this invoice is kept as issued.</source>
            <translation>O cliente foi apagado; esta fatura é mantida tal como foi emitida.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit draft…</source>
            <translation>Editar rascunho…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>View credit note</source>
            <translation>Ver nota de crédito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>View invoice</source>
            <translation>Ver fatura</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Download PDF…</source>
            <translation>Transferir PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email…</source>
            <translation>Enviar por email…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record payment…</source>
            <translation>Registar pagamento…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel with credit note…</source>
            <translation>Anular com nota de crédito…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete draft…</source>
            <translation>Eliminar rascunho…</translation>
        </message>
    </context>
    <context>
        <name>InvoiceAppointmentsDialog</name>
        <message>
            <location filename="../../ui/billing/create_from_appointments.py" line="+24" />
            <source>Invoice completed appointments</source>
            <translation>Faturar consultas concluídas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Appointments of %1 that are not on an invoice yet. The ticked ones become the lines of one draft invoice, which you can still change before issuing it.</source>
            <translation>Consultas de %1 que ainda não estão em nenhuma fatura. As assinaladas passam a ser as linhas de um rascunho de fatura, que ainda pode alterar antes de o emitir.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Service</source>
            <translation>Serviço</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price</source>
            <translation>Preço</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Also list no-shows (to charge a missed session)</source>
            <translation>Mostrar também as faltas (para cobrar uma sessão falhada)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Create draft invoice</source>
            <translation>Criar rascunho de fatura</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No service</source>
            <translation>Sem serviço</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (no-show)</source>
            <translation>%1 (falta)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No completed appointment is waiting to be invoiced: each one is on an invoice or a draft already.</source>
            <translation>Nenhuma consulta concluída está por faturar: cada uma já está numa fatura ou num rascunho.</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>%n appointment(s) ticked, %1 before tax.</source>
            <translation>
                <numerusform>%n consulta assinalada, %1 sem IVA.</numerusform>
                <numerusform>%n consultas assinaladas, %1 sem IVA.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvoiceEditor</name>
        <message>
            <location filename="../../ui/billing/invoice_editor.py" line="+100" />
            <source>+ Add line</source>
            <translation>+ Adicionar linha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove line</source>
            <translation>Remover linha</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Delete draft…</source>
            <translation>Eliminar rascunho…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save draft</source>
            <translation>&amp;Guardar rascunho</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Issue…</source>
            <translation>&amp;Emitir…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the invoice its number and freeze it</source>
            <translation>Atribui o número à fatura e fixa-a</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+136" />
            <source>Invoice discount: %1</source>
            <translation>Desconto na fatura: %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Line %1, %2: %3</source>
            <translation>Linha %1, %2: %3</translation>
        </message>
        <message>
            <location line="+85" />
            <location line="+7" />
            <source>Issue invoice</source>
            <translation>Emitir fatura</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Issue this invoice to %1 for %2?

It gets the number %3 and today's date. An issued invoice can no longer be changed or deleted: to correct it, you cancel it with a credit note and issue a new one.</source>
            <translation>Emitir esta fatura em nome de %1 no valor de %2?

Recebe o número %3 e a data de hoje. Uma fatura emitida já não pode ser alterada nem eliminada: para a corrigir, anula-se com uma nota de crédito e emite-se uma nova.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add at least one line before issuing the invoice.</source>
            <translation>Adicione pelo menos uma linha antes de emitir a fatura.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every line needs a description: it is printed on the invoice.</source>
            <translation>Cada linha precisa de uma descrição: é impressa na fatura.</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+4" />
            <source>Delete draft</source>
            <translation>Eliminar rascunho</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Delete this draft invoice for %1? It has no number yet, so no number is lost; its appointments can be invoiced again.</source>
            <translation>Eliminar este rascunho de fatura de %1? Ainda não tem número, por isso nenhum número se perde; as suas consultas podem voltar a ser faturadas.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>An invoice for %1 that is not saved</source>
            <translation>Uma fatura para %1 por guardar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unsaved changes</source>
            <translation>Alterações por guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This invoice has changes that are not saved. Close it and lose them?</source>
            <translation>Esta fatura tem alterações por guardar. Fechá-la e perdê-las?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard changes</source>
            <translation>Descartar alterações</translation>
        </message>
        <message>
            <location filename="../../ui/billing/invoice_heading.py" line="+41" />
            <source>Cancels invoice %1.</source>
            <translation>Anula a fatura %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancelled by credit note %1.</source>
            <translation>Anulada pela nota de crédito %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reason: %1</source>
            <translation>Motivo: %1</translation>
        </message>
        <message>
            <location line="+32" />
            <source>New invoice</source>
            <translation>Nova fatura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draft invoice</source>
            <translation>Rascunho de fatura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit note %1</source>
            <translation>Nota de crédito %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invoice %1</source>
            <translation>Fatura %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not issued yet: no number, and it can still be changed.</source>
            <translation>Ainda não emitida: sem número, e ainda pode ser alterada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issued %1</source>
            <translation>Emitida a %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Issued %1 · Due %2</source>
            <translation>Emitida a %1 · Vence a %2</translation>
        </message>
    </context>
    <context>
        <name>InvoiceLinesTable</name>
        <message>
            <location filename="../../ui/billing/invoice_lines_table.py" line="-243" />
            <source>No service</source>
            <translation>Sem serviço</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Service</source>
            <translation>Serviço</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Qty</source>
            <translation>Qtd.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit price</source>
            <translation>Preço unitário</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tax %</source>
            <translation>IVA %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Disc. %</source>
            <translation>Desc. %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount on this line, in percent</source>
            <translation>Desconto nesta linha, em percentagem</translation>
        </message>
    </context>
    <context>
        <name>InvoiceOptions</name>
        <message>
            <location filename="../../ui/billing/invoice_options.py" line="+42" />
            <source>The language of the PDF: its words, dates and amounts</source>
            <translation>O idioma do PDF: as palavras, as datas e os valores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice &amp;discount</source>
            <translation>&amp;Desconto na fatura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location line="+16" />
            <source>e.g. Thank you for your trust.</source>
            <translation>p. ex. Obrigado pela sua confiança.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>&amp;Notes (printed on the invoice)</source>
            <translation>&amp;Notas (impressas na fatura)</translation>
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
            <translation>Pagamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No payment recorded yet.</source>
            <translation>Ainda não há pagamentos registados.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference</source>
            <translation>Referência</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
    </context>
    <context>
        <name>InvoiceStatus</name>
        <message>
            <location filename="../../ui/billing/status_text.py" line="+39" />
            <source>Draft</source>
            <translation>Rascunho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpaid</source>
            <translation>Por pagar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partly paid</source>
            <translation>Paga em parte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overdue</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Paga</translation>
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
            <translation>Emissão</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../ui/models/invoice_table_model.py" line="+0" />
            <source>Due</source>
            <translation>Vencimento</translation>
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
            <translation>da %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancels invoice %1</source>
            <translation>Anula a fatura %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>by %1</source>
            <translation>pela %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled by credit note %1</source>
            <translation>Anulada pela nota de crédito %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 paid</source>
            <translation>%1 pago</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not issued yet: it has no number and can still be changed.</source>
            <translation>Ainda não emitida: não tem número e ainda pode ser alterada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 credit</source>
            <translation>%1 a favor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 paid beyond the total is kept as the client's credit.</source>
            <translation>%1 pago acima do total fica como saldo a favor do cliente.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <location filename="../../ui/models/invoice_table_model.py" line="-1" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Draft</source>
            <translation>Rascunho</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A draft gets its number when it is issued.</source>
            <translation>Um rascunho recebe o número quando é emitido.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit note for invoice %1</source>
            <translation>Nota de crédito da fatura %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open %1’s record</source>
            <translation>Abrir a ficha de %1</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Vencida há %n dia</numerusform>
                <numerusform>Vencida há %n dias</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 paid beyond the total is kept as the client’s credit.</source>
            <translation>%1 pago acima do total fica como saldo a favor do cliente.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paid so far: %1</source>
            <translation>Pago até agora: %1</translation>
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
            <translation>Desconto (%1)</translation>
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
            <translation>Total creditado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paid</source>
            <translation>Pago</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Balance due</source>
            <translation>Valor em dívida</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Client credit</source>
            <translation>Saldo a favor do cliente</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <location filename="../../ui/documentation/rich_text_dialogs.py" line="+52" />
            <location line="+15" />
            <source>Insert link</source>
            <translation>Inserir ligação</translation>
        </message>
        <message>
            <location line="-11" />
            <source>https://… or name@example.com</source>
            <translation>https://… ou nome@exemplo.pt</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Text</source>
            <translation>&amp;Texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address</source>
            <translation>&amp;Endereço</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Web (http, https) and email addresses only.</source>
            <translation>Apenas endereços web (http, https) e de email.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Enter a web address (https://…) or an email address. Other kinds of links are not allowed in notes.</source>
            <translation>Introduza um endereço web (https://…) ou de email. Outros tipos de ligações não são permitidos nas notas.</translation>
        </message>
    </context>
    <context>
        <name>LinkToClientDialog</name>
        <message>
            <location filename="../../ui/mail/link_dialog.py" line="+36" />
            <location line="+5" />
            <source>Link to client</source>
            <translation>Associar a um cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The message will show in the client's Inbox tab.</source>
            <translation>A mensagem aparecerá no separador Caixa de entrada do cliente.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Also add %1 to the client's email addresses</source>
            <translation>Adicionar também %1 aos endereços de email do cliente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Their other messages are then filed to the record too, including older ones still on the server.</source>
            <translation>As outras mensagens desse endereço passam também a ser arquivadas na ficha, incluindo as mais antigas que ainda estão no servidor.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Link</source>
            <translation>Associar</translation>
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
        <name>LogoPicker</name>
        <message>
            <location filename="../../ui/settings/billing_fields.py" line="+91" />
            <source>&amp;Choose PNG…</source>
            <translation>Escolher &amp;PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move</source>
            <translation>Re&amp;mover</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 píxeis</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No logo</source>
            <translation>Sem logótipo</translation>
        </message>
    </context>
    <context>
        <name>MailBrowser</name>
        <message>
            <location filename="../../ui/mail/mail_browser.py" line="+126" />
            <source>Open link</source>
            <translation>Abrir ligação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This link goes to:</source>
            <translation>Esta ligação leva a:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open in browser</source>
            <translation>Abrir no navegador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open in mail program</source>
            <translation>Abrir no programa de email</translation>
        </message>
    </context>
    <context>
        <name>MailStatusWidget</name>
        <message>
            <location filename="../../ui/mail/status_widget.py" line="+67" />
            <source>Email sync: click for details</source>
            <translation>Sincronização do email: clique para ver os detalhes</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sync now</source>
            <translation>Sincronizar agora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check for new email and send the Outbox now (F5)</source>
            <translation>Procurar email novo e enviar agora a caixa de saída (F5)</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Checking for new email…</source>
            <translation>A procurar email novo…</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Preparing %Ln new message(s)…</source>
            <translation>
                <numerusform>A preparar %Ln mensagem nova…</numerusform>
                <numerusform>A preparar %Ln mensagens novas…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Syncing %1 of %2</source>
            <translation>A sincronizar %1 de %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Login failed — click for details</source>
            <translation>Falha no início de sessão — clique para ver os detalhes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 — retrying in %2</source>
            <translation>%1 — nova tentativa dentro de %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 — click for details</source>
            <translation>%1 — clique para ver os detalhes</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n message(s) waiting to be sent</source>
            <translation>
                <numerusform>%n mensagem à espera de envio</numerusform>
                <numerusform>%n mensagens à espera de envio</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Offline</source>
            <translation>Sem ligação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Login failed</source>
            <translation>Falha no início de sessão</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Certificate problem</source>
            <translation>Problema com o certificado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server error</source>
            <translation>Erro do servidor de email</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not synced yet</source>
            <translation>Ainda não sincronizado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Synced at %1</source>
            <translation>Sincronizado às %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Synced on %1 at %2</source>
            <translation>Sincronizado em %1 às %2</translation>
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
            <translation>Sincronização do email</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Email &amp;settings…</source>
            <translation>&amp;Definições de email…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync &amp;now</source>
            <translation>Sincronizar &amp;agora</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Consulta does not try again by itself, so that your provider does not lock the account. Check the password in Settings → Email, or choose Sync now.</source>
            <translation>O Consulta não volta a tentar sozinho, para que o seu fornecedor não bloqueie a conta. Verifique a palavra-passe em Definições → Email, ou escolha Sincronizar agora.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consulta tries again in %1.</source>
            <translation>O Consulta volta a tentar dentro de %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sending: %1</source>
            <translation>Envio: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Consulta checks for new email every few minutes, and at once when your server announces new mail.</source>
            <translation>O Consulta procura email novo de poucos em poucos minutos, e de imediato quando o seu servidor anuncia correio novo.</translation>
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
            <translation>Definições</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Workspace unlocked</source>
            <translation>Espaço de trabalho desbloqueado</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Calendar</source>
            <translation>Calendário</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Billing</source>
            <translation>Faturação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Templates</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <location line="+66" />
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
            <source>&amp;Export practice…</source>
            <translation>&amp;Exportar o consultório…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Import</source>
            <translation>I&amp;mportar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clients from a CSV file…</source>
            <translation>Clientes a partir de um ficheiro CSV…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Contacts from a CSV file…</source>
            <translation>Contactos a partir de um ficheiro CSV…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Past imports…</source>
            <translation>Importações anteriores…</translation>
        </message>
        <message>
            <location line="+3" />
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
            <source>Search clients, contacts, notes and forms</source>
            <translation>Pesquisar clientes, contactos, notas e formulários</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search clients, contacts, notes and forms (Ctrl+K)</source>
            <translation>Pesquisar clientes, contactos, notas e formulários (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Passphrase changed</source>
            <translation>Frase-passe alterada</translation>
        </message>
        <message>
            <location line="+27" />
            <source>About Consulta</source>
            <translation>Acerca do Consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;Your practice in one encrypted file on this computer.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
            <translation>&lt;b&gt;Consulta %1&lt;/b&gt;&lt;p&gt;O seu consultório num único ficheiro encriptado neste computador.&lt;/p&gt;&lt;p&gt;Espaço de trabalho: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Go</source>
            <translation>&amp;Ir para</translation>
        </message>
        <message>
            <location line="+24" />
            <source>S&amp;ync email now</source>
            <translation>S&amp;incronizar o email agora</translation>
        </message>
        <message>
            <location line="+62" />
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
        <name>MessageTableModel</name>
        <message>
            <location filename="../../ui/mail/message_table.py" line="+125" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Subject</source>
            <translation>Assunto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Filed to</source>
            <translation>Ficha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+45" />
            <source>To: %1</source>
            <translation>Para: %1</translation>
        </message>
        <message>
            <location line="+31" />
            <source>(no subject)</source>
            <translation>(sem assunto)</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+4" />
            <source>Unread</source>
            <translation>Não lida</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Could not be displayed fully</source>
            <translation>Não foi possível mostrar por completo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read</source>
            <translation>Lida</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <location filename="../../ui/mail/message_view.py" line="+130" />
            <source>Select a message to read it.</source>
            <translation>Selecione uma mensagem para a ler.</translation>
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
            <translation>Reencaminhar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Link to client…</source>
            <translation>Associar a um cliente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File this message to a client's record</source>
            <translation>Arquivar esta mensagem na ficha de um cliente</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+1" />
            <source>More actions</source>
            <translation>Mais ações</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+143" />
            <source>Mark as unread</source>
            <translation>Marcar como não lida</translation>
        </message>
        <message>
            <location line="-140" />
            <location line="+52" />
            <source>Show raw source</source>
            <translation>Mostrar o código-fonte</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Delete from Consulta…</source>
            <translation>Eliminar do Consulta…</translation>
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
            <translation>Cc</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filed to</source>
            <translation>Arquivado em</translation>
        </message>
        <message>
            <location line="+84" />
            <source>(no subject)</source>
            <translation>(sem assunto)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Deleted on the mail server; kept here because it is filed to a record.</source>
            <translation>Eliminada do servidor de email; mantida aqui porque está arquivada numa ficha.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Not filed to a client yet.</source>
            <translation>Ainda não está arquivada na ficha de nenhum cliente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not the address of any client or contact yet.</source>
            <translation>%1 ainda não é o endereço de nenhum cliente nem contacto.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sender</source>
            <translation>O remetente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mark as read</source>
            <translation>Marcar como lida</translation>
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
            <translation>Alguns caracteres não puderam ser lidos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This message could not be displayed fully.</source>
            <translation>Não foi possível mostrar esta mensagem por completo.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Raw source</source>
            <translation>Código-fonte</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot write the message</source>
            <translation>Não é possível escrever a mensagem</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Delete this message from Consulta? The copy on the mail server is not touched, and it is not downloaded again.</source>
            <translation>Eliminar esta mensagem do Consulta? A cópia no servidor de email não é tocada, e não volta a ser transferida.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete this message from Consulta? It is no longer on the mail server, so it will be gone for good.</source>
            <translation>Eliminar esta mensagem do Consulta? Já não está no servidor de email, por isso desaparece para sempre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not deleted</source>
            <translation>Não foi eliminada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete message</source>
            <translation>Eliminar mensagem</translation>
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
            <translation>Cartão</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bank account</source>
            <translation>Conta bancária</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Default</source>
            <translation>Predefinido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expired</source>
            <translation>Expirado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Actions for %1</source>
            <translation>Ações para %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make default</source>
            <translation>Tornar predefinido</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remove…</source>
            <translation>Remover…</translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message numerus="yes">
            <location filename="../../ui/calendar/month_view.py" line="+211" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n outra</numerusform>
                <numerusform>+%n outras</numerusform>
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
        <name>NewColumnFieldDialog</name>
        <message>
            <location filename="../../ui/transfer/import_new_field_dialog.py" line="+37" />
            <source>New custom field</source>
            <translation>Novo campo personalizado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For the column “%1”. The field is created when the import runs, and removed again if you undo the import.</source>
            <translation>Para a coluna «%1». O campo é criado quando a importação é feita e removido de novo se anular a importação.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>One option per line</source>
            <translation>Uma opção por linha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Options</source>
            <translation>Opções</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values in the column that are not listed here are added as options.</source>
            <translation>Os valores da coluna que não constam aqui são adicionados como opções.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Label</source>
            <translation>Rótulo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Section</source>
            <translation>Secção</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use this field</source>
            <translation>Usar este campo</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The field needs a label.</source>
            <translation>O campo precisa de um rótulo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a section for the field, or type a new one.</source>
            <translation>Escolha uma secção para o campo ou escreva uma nova.</translation>
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
        <name>NoteActions</name>
        <message>
            <location filename="../../ui/documentation/note_actions.py" line="+112" />
            <source>Not shared</source>
            <translation>Não foi partilhada</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not changed</source>
            <translation>Não foi alterado</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The PDF was not saved</source>
            <translation>O PDF não foi guardado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save note PDF</source>
            <translation>Guardar o PDF da nota</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Email comes with the Inbox part of Consulta.</source>
            <translation>O email chega com a parte Caixa de entrada do Consulta.</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+9" />
            <source>Not sent</source>
            <translation>Não enviado</translation>
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
            <translation>Olá %1,

Segue em anexo a nota «%2» de %3.

Com os melhores cumprimentos,
%4</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Not duplicated</source>
            <translation>Não foi duplicada</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Not deleted</source>
            <translation>Não foi eliminada</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+4" />
            <source>Delete draft</source>
            <translation>Eliminar rascunho</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Delete this draft note for good? It was never completed, so no record is lost.</source>
            <translation>Eliminar definitivamente este rascunho? Nunca foi concluído, por isso não se perde nenhum registo.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Not restored</source>
            <translation>Não foi restaurado</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share…</source>
            <translation>Partilhar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complete the note before sharing it.</source>
            <translation>Conclua a nota antes de a partilhar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Make private</source>
            <translation>Tornar privada</translation>
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
            <translation>Eliminar rascunho…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move to trash…</source>
            <translation>Mover para o lixo…</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../ui/documentation/addenda_view.py" line="-108" />
            <source>%1 at %2</source>
            <translation>%1 às %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Addendum of %1 by %2</source>
            <translation>Adenda de %1 por %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Addendum of %1</source>
            <translation>Adenda de %1</translation>
        </message>
        <message>
            <location filename="../../ui/documentation/note_editor.py" line="+115" />
            <source>Changes are saved as you type.</source>
            <translation>As alterações são guardadas enquanto escreve.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Title of the note</source>
            <translation>Título da nota</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ppointment</source>
            <translation>&amp;Consulta</translation>
        </message>
        <message>
            <location line="+30" />
            <source>More actions</source>
            <translation>Mais ações</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete draft…</source>
            <translation>Eliminar rascunho…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add addendum…</source>
            <translation>Adicionar adenda…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Share…</source>
            <translation>Partilhar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark the note as shared with the client and give it to them as a PDF</source>
            <translation>Marcar a nota como partilhada com o cliente e entregá-la em PDF</translation>
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
            <translation>Tirar a nota do lixo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complete…</source>
            <translation>Concluir…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finish the note: its text can no longer be changed afterwards</source>
            <translation>Concluir a nota: depois o texto já não pode ser alterado</translation>
        </message>
        <message>
            <location line="+38" />
            <source>No appointment</source>
            <translation>Sem consulta</translation>
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
            <translation>Nova nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Untitled note</source>
            <translation>Nota sem título</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The note “%1” could not be saved.</source>
            <translation>Não foi possível guardar a nota «%1».</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Not saved: %1</source>
            <translation>Não guardado: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved %1</source>
            <translation>Guardado às %1</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Note not saved</source>
            <translation>Nota não guardada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close anyway? The changes since the last save are lost.</source>
            <translation>Fechar mesmo assim? As alterações desde a última gravação perdem-se.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close without saving</source>
            <translation>Fechar sem guardar</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Give the note a title before completing it.</source>
            <translation>Dê um título à nota antes de a concluir.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The note is empty. Write something before completing it.</source>
            <translation>A nota está vazia. Escreva algo antes de a concluir.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+4" />
            <source>Complete note</source>
            <translation>Concluir nota</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Complete “%1”?

The text can no longer be changed afterwards. Later corrections are added as dated addenda under it.</source>
            <translation>Concluir «%1»?

Depois o texto já não pode ser alterado. As correções posteriores são adicionadas por baixo como adendas datadas.</translation>
        </message>
    </context>
    <context>
        <name>NoteHeading</name>
        <message>
            <location filename="../../ui/documentation/note_heading.py" line="+63" />
            <source>Draft</source>
            <translation>Rascunho</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Completed</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shared</source>
            <translation>Partilhada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In the trash</source>
            <translation>No lixo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Shared with the client on %1.</source>
            <translation>Partilhada com o cliente em %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Private: only you can see this note.</source>
            <translation>Privada: esta nota só é visível para si.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In the trash since %1. Reason: %2</source>
            <translation>No lixo desde %1. Motivo: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Completed on %1 by %2</source>
            <translation>Concluída em %1 por %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completed on %1</source>
            <translation>Concluída em %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Date: %1</source>
            <translation>Data: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Appointment: %1</source>
            <translation>Consulta: %1</translation>
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
            <translation>Novo modelo de nota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit note template</source>
            <translation>Editar modelo de nota</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The text a new note starts with: headings for each part and short prompts under them. Notes already written from this template keep their own text.</source>
            <translation>O texto com que começa uma nova nota: títulos para cada parte e breves indicações por baixo. As notas já escritas com este modelo mantêm o seu próprio texto.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Couples session note</source>
            <translation>p. ex. Nota de sessão de casal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Create</source>
            <translation>Criar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Note template “%1”</source>
            <translation>Modelo de nota «%1»</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no name)</source>
            <translation>(sem nome)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Discard the changes?</source>
            <translation>Descartar as alterações?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The changes to this template have not been saved.</source>
            <translation>As alterações a este modelo não foram guardadas.</translation>
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
            <translation>Nova nota a partir de um modelo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a template</source>
            <translation>Escolha um modelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The note starts with the template’s text; change anything before you complete it. Templates are made and changed in the Templates area.</source>
            <translation>A nota começa com o texto do modelo; altere o que quiser antes de a concluir. Os modelos criam-se e alteram-se na área Modelos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Filter templates</source>
            <translation>Filtrar modelos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>There are no note templates yet. Create one in the Templates area.</source>
            <translation>Ainda não há modelos de notas. Crie um na área Modelos.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Use template</source>
            <translation>&amp;Usar modelo</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <location filename="../../ui/mail/outbox_view.py" line="+67" />
            <source>Not sent</source>
            <translation>Não enviada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>Em espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Copy to the Sent folder pending</source>
            <translation>Cópia para a pasta Enviados pendente</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+8" />
            <source>Outbox</source>
            <translation>Caixa de saída</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Subject</source>
            <translation>Assunto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The Outbox is empty</source>
            <translation>A caixa de saída está vazia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Messages wait here while there is no connection to your email server, and go out as soon as there is.</source>
            <translation>As mensagens esperam aqui enquanto não há ligação ao seu servidor de email, e saem assim que houver.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Retry</source>
            <translation>Tentar de novo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Try to send the selected message now</source>
            <translation>Tentar enviar agora a mensagem selecionada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard…</source>
            <translation>Descartar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message numerus="yes">
            <location line="+54" />
            <source>%n message(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n mensagem à espera de envio.</numerusform>
                <numerusform>%n mensagens à espera de envio.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n message(s) refused by the server.</source>
            <translation>
                <numerusform>%n mensagem recusada pelo servidor.</numerusform>
                <numerusform>%n mensagens recusadas pelo servidor.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing waits to be sent. Messages sent in the last %1 days are listed here too.</source>
            <translation>Nada está à espera de envio. As mensagens enviadas nos últimos %1 dias também aparecem aqui.</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+66" />
            <source>(no subject)</source>
            <translation>(sem assunto)</translation>
        </message>
        <message>
            <location line="-45" />
            <source>The server refused this message.
%1
If an address was mistyped, discard this message and write it again; otherwise try again with Retry.</source>
            <translation>O servidor recusou esta mensagem.
%1
Se um endereço estava mal escrito, descarte esta mensagem e escreva-a de novo; caso contrário, tente novamente com Tentar de novo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not sent yet: %1
It is sent as soon as the connection is back.</source>
            <translation>Ainda não enviada: %1
É enviada assim que a ligação voltar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for its turn to be sent.</source>
            <translation>À espera da sua vez de ser enviada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sent to %2.</source>
            <translation>Enviada para %2.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>It goes out as soon as Consulta is connected to your email server.</source>
            <translation>Sai assim que o Consulta estiver ligado ao seu servidor de email.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Discard message</source>
            <translation>Descartar mensagem</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard “%1”? It has not been sent and will not be.</source>
            <translation>Descartar «%1»? Não foi enviada e não vai ser.</translation>
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
            <translation>hoje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow</source>
            <translation>amanhã</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yesterday</source>
            <translation>ontem</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
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
                <numerusform>%n mês</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n ano</numerusform>
                <numerusform>%n anos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>in %1</source>
            <translation>daqui a %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 ago</source>
            <translation>há %1</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../ui/clients/record/overview_tab.py" line="+70" />
            <source>Book appointment</source>
            <translation>Marcar consulta</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Mark all completed</source>
            <translation>Assinalar todas como concluídas</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No upcoming appointments.</source>
            <translation>Não há próximas consultas.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Book one…</source>
            <translation>Marcar uma…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No past appointments yet.</source>
            <translation>Ainda não há consultas passadas.</translation>
        </message>
        <message numerus="yes">
            <location line="+44" />
            <source>%n past appointment(s) are still marked scheduled. Were they held?</source>
            <translation>
                <numerusform>%n consulta passada continua como marcada. Realizou-se?</numerusform>
                <numerusform>%n consultas passadas continuam como marcadas. Realizaram-se?</numerusform>
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
            <translation>Passadas (%1)</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../ui/billing/payment_dialog.py" line="+63" />
            <location line="+80" />
            <source>Record payment</source>
            <translation>Registar pagamento</translation>
        </message>
        <message>
            <location line="-57" />
            <source>%1 · %2 to pay</source>
            <translation>%1 · %2 por pagar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No invoice: keep as the client's credit</source>
            <translation>Sem fatura: manter como saldo a favor do cliente</translation>
        </message>
        <message>
            <location line="+18" />
            <source>e.g. transfer reference, cheque number</source>
            <translation>p. ex. ref. da transferência, n.º do cheque</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Invoice</source>
            <translation>&amp;Fatura</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date received</source>
            <translation>&amp;Data do recebimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount</source>
            <translation>&amp;Valor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Method</source>
            <translation>&amp;Método</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reference</source>
            <translation>&amp;Referência</translation>
        </message>
        <message>
            <location line="+69" />
            <source>The whole amount is kept as the client's credit.</source>
            <translation>Todo o valor fica como saldo a favor do cliente.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is still to pay on %2.</source>
            <translation>Ainda faltam %1 por pagar na %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 will be paid in full.</source>
            <translation>A %1 ficará totalmente paga.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A part payment: %1 will remain to pay.</source>
            <translation>Um pagamento parcial: ficarão %1 por pagar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 more than is owed: kept as the client's credit.</source>
            <translation>%1 a mais do que o devido: fica como saldo a favor do cliente.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Payment recorded</source>
            <translation>Pagamento registado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save receipt PDF…</source>
            <translation>Guardar PDF do recibo…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 received on %2, kept as the client's credit.</source>
            <translation>%1 recebidos a %2, como saldo a favor do cliente.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 received on %2 for %3, which is now paid.</source>
            <translation>%1 recebidos a %2 para a %3, que fica paga.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 received on %2 for %3; %4 remains to pay.</source>
            <translation>%1 recebidos a %2 para a %3; ficam %4 por pagar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Receipt number: %1</source>
            <translation>Número do recibo: %1</translation>
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
            <translation>Guardar PDF do recibo…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete payment…</source>
            <translation>Eliminar pagamento…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not deleted</source>
            <translation>Não foi eliminado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete the payment of %1 received on %2? Do this only for a payment recorded by mistake: its receipt number %3 is not reused, and the log keeps that it was deleted.</source>
            <translation>Eliminar o pagamento de %1 recebido a %2? Faça-o só com um pagamento registado por engano: o número de recibo %3 não é reutilizado, e o registo guarda que foi eliminado.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+3" />
            <source>Delete payment</source>
            <translation>Eliminar pagamento</translation>
        </message>
    </context>
    <context>
        <name>PaymentMethodDialog</name>
        <message>
            <location filename="../../ui/billing/payment_method_dialog.py" line="+64" />
            <source>New payment method</source>
            <translation>Novo método de pagamento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consulta does no card processing: it works offline and never charges a card. It keeps only what helps you recognise one — the brand, the last 4 digits and the expiry date — never the full card number or the security code.</source>
            <translation>O Consulta não processa cartões: funciona sem ligação à internet e nunca cobra num cartão. Guarda só o que o ajuda a reconhecê-lo — a marca, os últimos 4 dígitos e a data de validade —, nunca o número completo nem o código de segurança.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Card</source>
            <translation>&amp;Cartão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Bank account</source>
            <translation>Conta &amp;bancária</translation>
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
            <translation>p. ex. Conta conjunta, Caixa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use as this client's default</source>
            <translation>Usar como predefinido deste cliente</translation>
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
            <translation>&amp;Validade</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Holder name</source>
            <translation>&amp;Titular</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account &amp;label</source>
            <translation>&amp;Designação da conta</translation>
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
            <translation>Métodos de pagamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ New payment method</source>
            <translation>+ Novo método de pagamento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None kept for this client.</source>
            <translation>Nenhum guardado para este cliente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulta does no card processing: it only keeps a note of how the client pays (never a full card number or security code).</source>
            <translation>O Consulta não processa cartões: só regista como o cliente paga (nunca um número de cartão completo nem um código de segurança).</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Remove payment method</source>
            <translation>Remover método de pagamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove %1 from this client's payment methods?</source>
            <translation>Remover %1 dos métodos de pagamento deste cliente?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not changed</source>
            <translation>Não foi alterado</translation>
        </message>
    </context>
    <context>
        <name>PaymentTableModel</name>
        <message>
            <location line="-246" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Invoice</source>
            <translation>Fatura</translation>
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
            <translation>%1 fica como saldo a favor do cliente.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Receipt PDF, delete</source>
            <translation>PDF do recibo, eliminar</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../ui/person_form.py" line="+63" />
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
            <translation>A começar…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cancelling…</source>
            <translation>A cancelar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelling: undoing what was done…</source>
            <translation>A cancelar: a desfazer o que foi feito…</translation>
        </message>
    </context>
    <context>
        <name>QuestionWidget</name>
        <message>
            <location filename="../../ui/documentation/form_questions.py" line="+89" />
            <source>Write the date like %1, or pick it.</source>
            <translation>Escreva a data como %1, ou escolha-a.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>An answer is required</source>
            <translation>É obrigatória uma resposta</translation>
        </message>
        <message>
            <location line="+307" />
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 out of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Signed by %1 on %2</source>
            <translation>Assinado por %1 em %2</translation>
        </message>
    </context>
    <context>
        <name>RawSourceDialog</name>
        <message>
            <location filename="../../ui/mail/message_view.py" line="-329" />
            <source>Raw source</source>
            <translation>Código-fonte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no subject)</source>
            <translation>(sem assunto)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Only the beginning is shown: the message is very large.</source>
            <translation>Só é mostrado o início: a mensagem é muito grande.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Fechar</translation>
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
        <name>RichTextToolbar</name>
        <message>
            <location filename="../../ui/documentation/rich_text_toolbar.py" line="+102" />
            <source>Paragraph or heading</source>
            <translation>Parágrafo ou título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paragraph</source>
            <translation>Parágrafo</translation>
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
            <translation>Negrito</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Italic</source>
            <translation>Itálico</translation>
        </message>
        <message>
            <location line="+3" />
            <source>U</source>
            <translation>S</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Underline</source>
            <translation>Sublinhado</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+1" />
            <source>Bulleted list</source>
            <translation>Lista com marcas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Numbered list</source>
            <translation>Lista numerada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Insert table…</source>
            <translation>Inserir tabela…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert link…</source>
            <translation>Inserir ligação…</translation>
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
        <name>ServerFields</name>
        <message>
            <location filename="../../ui/settings/email_fields.py" line="-153" />
            <source>TLS (encrypted from the start)</source>
            <translation>TLS (encriptado desde o início)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>STARTTLS (encrypted after connecting)</source>
            <translation>STARTTLS (encriptado depois de ligar)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Port</source>
            <translation>Porta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Security</source>
            <translation>Segurança</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>Nome de utilizador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Palavra-passe</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../ui/settings/service_dialog.py" line="+53" />
            <source>New service</source>
            <translation>Novo serviço</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit service</source>
            <translation>Editar serviço</translation>
        </message>
        <message>
            <location line="+8" />
            <source>e.g. Couples session</source>
            <translation>p. ex. Sessão de casal</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Offered for new appointments</source>
            <translation>Disponível para novas consultas</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Duration</source>
            <translation>&amp;Duração</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Price</source>
            <translation>&amp;Preço</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Tax rate</source>
            <translation>Taxa de &amp;IVA</translation>
        </message>
        <message>
            <location line="+9" />
            <source>In %1, the practice currency. The duration and price are suggestions: each appointment can differ.</source>
            <translation>Em %1, a moeda do consultório. A duração e o preço são sugestões: cada consulta pode ser diferente.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Create</source>
            <translation>Criar</translation>
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
            <translation>Serviços</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What you offer. A new appointment takes its duration and price from its service; inactive services stay on past appointments but are not offered for new ones.</source>
            <translation>O que oferece. Uma nova consulta recebe a duração e o preço do seu serviço; os serviços inativos ficam nas consultas passadas, mas não são oferecidos para novas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Service</source>
            <translation>Serviço</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price</source>
            <translation>Preço</translation>
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
            <translation>Ainda não há serviços: adicione o que oferece com + Novo serviço.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>+ &amp;New service</source>
            <translation>+ &amp;Novo serviço</translation>
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
            <translation>&amp;Desativar</translation>
        </message>
        <message>
            <location line="-87" />
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>De&amp;scer</translation>
        </message>
        <message>
            <location line="+50" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Inactive</source>
            <translation>Inativo</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Acti&amp;vate</source>
            <translation>&amp;Ativar</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Service added: %1.</source>
            <translation>Serviço adicionado: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service saved: %1.</source>
            <translation>Serviço guardado: %1.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>“%1” is offered again for new appointments.</source>
            <translation>«%1» volta a estar disponível para novas consultas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1” is no longer offered for new appointments; past appointments keep it.</source>
            <translation>«%1» deixou de estar disponível para novas consultas; as consultas passadas mantêm-no.</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>“%1” is the service of %n appointment(s). They stay in the calendar and in the client records, but without a service.

To stop offering it and keep those appointments as they are, deactivate it instead.</source>
            <translation>
                <numerusform>«%1» é o serviço de %n consulta. Esta fica no calendário e na ficha do cliente, mas sem serviço.

Para deixar de o oferecer e manter essa consulta como está, desative-o antes.</numerusform>
                <numerusform>«%1» é o serviço de %n consultas. Estas ficam no calendário e nas fichas dos clientes, mas sem serviço.

Para deixar de o oferecer e manter essas consultas como estão, desative-o antes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete “%1”? No appointment uses it.</source>
            <translation>Eliminar «%1»? Nenhuma consulta o usa.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Delete service</source>
            <translation>Eliminar serviço</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service deleted: %1.</source>
            <translation>Serviço eliminado: %1.</translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <location filename="../../ui/settings/settings_area.py" line="+20" />
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <location filename="../../ui/documentation/note_dialogs.py" line="+39" />
            <source>Share note</source>
            <translation>Partilhar nota</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“%1” is now marked as shared with %2 (%3). Give them a copy:</source>
            <translation>«%1» está agora marcada como partilhada com %2 (%3). Entregue-lhe uma cópia:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save PDF…</source>
            <translation>Guardar PDF…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Email to client…</source>
            <translation>Enviar ao cliente por email…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>To take the sharing back, use Make private in the note's menu.</source>
            <translation>Para deixar de a partilhar, use Tornar privada no menu da nota.</translation>
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
            <translation>Nome completo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date</source>
            <translation>Data</translation>
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
            <location filename="../../ui/application.py" line="+51" />
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
        <name>SummaryStrip</name>
        <message>
            <location filename="../../ui/clients/record/overview_summary.py" line="+47" />
            <source>Next appointment</source>
            <translation>Próxima consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last seen</source>
            <translation>Última visita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions this year</source>
            <translation>Sessões este ano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outstanding</source>
            <translation>Por receber</translation>
        </message>
        <message>
            <location line="+13" />
            <source>None booked</source>
            <translation>Nenhuma marcada</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not yet</source>
            <translation>Ainda não</translation>
        </message>
        <message>
            <location line="+6" />
            <source>completed in %1</source>
            <translation>realizadas em %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 overdue</source>
            <translation>%1 em atraso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All invoices paid</source>
            <translation>Todas as faturas pagas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 in credit</source>
            <translation>%1 a seu favor</translation>
        </message>
    </context>
    <context>
        <name>TableDialog</name>
        <message>
            <location filename="../../ui/documentation/rich_text_dialogs.py" line="+16" />
            <location line="+8" />
            <source>Insert table</source>
            <translation>Inserir tabela</translation>
        </message>
        <message>
            <location line="-4" />
            <source>&amp;Rows</source>
            <translation>&amp;Linhas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Columns</source>
            <translation>&amp;Colunas</translation>
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
        <name>TaxRatesEditor</name>
        <message>
            <location filename="../../ui/settings/billing_fields.py" line="+20" />
            <source>e.g. 23</source>
            <translation>p. ex. 23</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New tax rate</source>
            <translation>Nova taxa de IVA</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add &amp;rate</source>
            <translation>Adicionar &amp;taxa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove rate</source>
            <translation>Remover taxa</translation>
        </message>
    </context>
    <context>
        <name>TemplatePreview</name>
        <message>
            <location filename="../../ui/templates/preview.py" line="+26" />
            <source>required</source>
            <translation>obrigatória</translation>
        </message>
    </context>
    <context>
        <name>TemplatesArea</name>
        <message>
            <location filename="../../ui/templates/templates_area.py" line="+73" />
            <source>Templates</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note templates give a new note its starting text; intake forms are the questions you go through with a new client. Change them to fit how you work.</source>
            <translation>Os modelos de notas dão a uma nova nota o seu texto inicial; os formulários de admissão são as perguntas que percorre com um novo cliente. Altere-os para se adaptarem à sua forma de trabalhar.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+2" />
            <source>+ New</source>
            <translation>+ Novo</translation>
        </message>
        <message>
            <location line="-1" />
            <source>New note template</source>
            <translation>Novo modelo de nota</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New intake form</source>
            <translation>Novo formulário de admissão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No note templates. Make one with + New.</source>
            <translation>Não há modelos de notas. Crie um com + Novo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No intake forms. Make one with + New.</source>
            <translation>Não há formulários de admissão. Crie um com + Novo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Note templates</source>
            <translation>Modelos de notas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Intake forms</source>
            <translation>Formulários de admissão</translation>
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
            <translation>Escolha um modelo à esquerda para o ver aqui.</translation>
        </message>
        <message>
            <location line="+160" />
            <source>Note template</source>
            <translation>Modelo de nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Intake form</source>
            <translation>Formulário de admissão</translation>
        </message>
        <message>
            <location line="+2" />
            <source>came with Consulta</source>
            <translation>incluído no Consulta</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n note(s) started from it</source>
            <translation>
                <numerusform>%n nota iniciada a partir dele</numerusform>
                <numerusform>%n notas iniciadas a partir dele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n pergunta</numerusform>
                <numerusform>%n perguntas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>filled in %n time(s)</source>
            <translation>
                <numerusform>preenchido %n vez</numerusform>
                <numerusform>preenchido %n vezes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Use for a client…</source>
            <translation>&amp;Usar para um cliente…</translation>
        </message>
        <message>
            <location line="-184" />
            <source>Du&amp;plicate</source>
            <translation>Dupli&amp;car</translation>
        </message>
        <message>
            <location line="+185" />
            <source>F&amp;ill in for a client…</source>
            <translation>&amp;Preencher para um cliente…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Saved “%1”.</source>
            <translation>«%1» guardado.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Made “%1”. Edit it to make it yours.</source>
            <translation>Criado «%1». Edite-o para o tornar seu.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete the note template “%1”? Notes already written from it keep their text.</source>
            <translation>Eliminar o modelo de nota «%1»? As notas já escritas a partir dele mantêm o seu texto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the intake form “%1”? Forms already filled in keep their questions and answers.</source>
            <translation>Eliminar o formulário de admissão «%1»? Os formulários já preenchidos mantêm as suas perguntas e respostas.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Deleted “%1”.</source>
            <translation>«%1» eliminado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete template</source>
            <translation>Eliminar modelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use “%1” for a client</source>
            <translation>Usar «%1» para um cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new draft note starts with this template’s text. It is kept in the client’s Documentation.</source>
            <translation>Um novo rascunho de nota começa com o texto deste modelo. Fica na Documentação do cliente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create note</source>
            <translation>Criar nota</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fill in “%1” for a client</source>
            <translation>Preencher «%1» para um cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the client’s answers; the filled-in form is kept in their Documentation.</source>
            <translation>Introduza as respostas do cliente; o formulário preenchido fica na sua Documentação.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Note “%1” started for %2.</source>
            <translation>Nota «%1» iniciada para %2.</translation>
        </message>
    </context>
    <context>
        <name>TotalsStrip</name>
        <message>
            <location filename="../../ui/billing/billing_area.py" line="-238" />
            <source>Billed</source>
            <translation>Faturado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Recebido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outstanding</source>
            <translation>Por receber</translation>
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
                <numerusform>%n fatura</numerusform>
                <numerusform>%n faturas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>overpaid or paid ahead</source>
            <translation>pago a mais ou adiantado</translation>
        </message>
    </context>
    <context>
        <name>TransferText</name>
        <message>
            <location filename="../../ui/transfer/progress_panel.py" line="-54" />
            <source>The disk is full. Free some space, then try again.</source>
            <translation>O disco está cheio. Liberte espaço e tente novamente.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consulta may not write there. Choose another folder.</source>
            <translation>O Consulta não tem permissão para escrever aí. Escolha outra pasta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The files could not be written: %1</source>
            <translation>Não foi possível escrever os ficheiros: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: %1</source>
            <translation>Algo correu mal: %1</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../ui/documentation/note_dialogs.py" line="+17" />
            <source>Move note to trash</source>
            <translation>Mover a nota para o lixo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is a completed note, so it is not deleted: it goes to the trash with your reason, and can be restored from there.</source>
            <translation>«%1» é uma nota concluída, por isso não é eliminada: vai para o lixo com o seu motivo e pode ser restaurada a partir daí.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Why is this note moved to the trash?</source>
            <translation>Porque é que esta nota vai para o lixo?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Move to trash</source>
            <translation>Mover para o lixo</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Reason (kept in the audit log)</source>
            <translation>&amp;Motivo (fica no registo de auditoria)</translation>
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
    <context>
        <name>Uploader</name>
        <message>
            <location filename="../../ui/documentation/uploads.py" line="+79" />
            <source>“%1” is a folder. Add the files inside it instead.</source>
            <translation>«%1» é uma pasta. Adicione antes os ficheiros que contém.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>“%1” is the same as “%2”, uploaded %3. Both are kept.</source>
            <translation>«%1» é igual a «%2», carregado em %3. Ambos são mantidos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is the same as another file of this client. Both are kept.</source>
            <translation>«%1» é igual a outro ficheiro deste cliente. Ambos são mantidos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“%1” could not be read: %2</source>
            <translation>Não foi possível ler «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>YesNoQuestion</name>
        <message>
            <location filename="../../ui/documentation/form_questions.py" line="-89" />
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>Não</translation>
        </message>
    </context>
</TS>
