"""Scheduling: appointments (booking, the ⋮ menu, cancelling), the calendar and its .ics export,
the client's Overview tab, Settings → Services and the time zone, and their core messages.

Merged into catalog.py (see its docstring). Every entry is keyed by context here, so that a
short word such as "Cancelled", "Service" or "Delete" can mean something else in billing or
documentation without the two parts overwriting each other.

Vocabulary: an appointment is a cita / un rendez-vous / uma consulta; book = reservar /
planifier / marcar; rebook = volver a reservar / reprendre rendez-vous / voltar a marcar;
reschedule = reprogramar / déplacer / remarcar; the statuses are Programada, Completada,
Cancelada, No asistió / Prévu, Terminé, Annulé, Non honoré / Marcada, Concluída, Cancelada,
Faltou, and "mark" a status is marcar / marquer / assinalar. Tax is IVA / TVA / IVA.
"""

# ruff: noqa: E501

from __future__ import annotations

# --- by context -------------------------------------------------------------------------------
# Texts that several contexts share, then each context's own.

_BOOK_APPOINTMENT = ("Reservar cita", "Planifier un rendez-vous", "Marcar consulta")
_IN_PERSON = ("Presencial", "En présentiel", "Presencial")
_VIDEO = ("Videollamada", "Visio", "Videochamada")

_CONTEXTS: dict[str, dict[str, tuple]] = {
    "Core": {
        # Appointment statuses ("Completed" is also a note's status in documentation.py: the
        # word is chosen to fit both).
        "Scheduled": ("Programada", "Prévu", "Marcada"),
        "Completed": ("Completada", "Terminé", "Concluída"),
        "Cancelled": ("Cancelada", "Annulé", "Cancelada"),
        "No-show": ("No asistió", "Non honoré", "Faltou"),
        # app/services/appointments.py
        "Choose a date and a start time.": ("Elige una fecha y una hora de inicio.", "Choisissez une date et une heure de début.", "Escolha uma data e uma hora de início."),
        "The duration must be between {min} and {max} minutes.": ("La duración debe estar entre {min} y {max} minutos.", "La durée doit être comprise entre {min} et {max} minutes.", "A duração tem de estar entre {min} e {max} minutos."),
        "That service no longer exists.": ("Ese servicio ya no existe.", "Ce service n'existe plus.", "Esse serviço já não existe."),
        "Choose where the appointment takes place.": ("Elige dónde tiene lugar la cita.", "Choisissez où a lieu le rendez-vous.", "Escolha onde decorre a consulta."),
        "A video link starts with https:// (copy it from your video service).": ("Un enlace de videollamada empieza por https:// (cópialo de tu servicio de vídeo).", "Un lien de visio commence par https:// (copiez-le depuis votre service de visio).", "Uma ligação de videochamada começa por https:// (copie-a do seu serviço de vídeo)."),
        "This appointment no longer exists.": ("Esta cita ya no existe.", "Ce rendez-vous n'existe plus.", "Esta consulta já não existe."),
        "Give a reason for the cancellation.": ("Indica el motivo de la cancelación.", "Indiquez le motif de l'annulation.", "Indique o motivo do cancelamento."),
        "Only a scheduled appointment can be cancelled.": ("Solo se puede cancelar una cita programada.", "Seul un rendez-vous prévu peut être annulé.", "Só uma consulta marcada pode ser cancelada."),
        "An appointment that has not started yet cannot be marked completed or no-show.": ("Una cita que aún no ha empezado no se puede marcar como completada ni como no asistida.", "Un rendez-vous qui n'a pas encore commencé ne peut pas être marqué terminé ni non honoré.", "Uma consulta que ainda não começou não pode ser assinalada como concluída nem como falta."),
        "This appointment has an invoice or notes; cancel it instead of deleting it.": ("Esta cita tiene una factura o notas; cancélala en lugar de eliminarla.", "Ce rendez-vous a une facture ou des notes ; annulez-le au lieu de le supprimer.", "Esta consulta tem uma fatura ou notas; cancele-a em vez de a eliminar."),
        # app/services/recurrence.py
        "Choose how often the appointment repeats.": ("Elige cada cuánto se repite la cita.", "Choisissez à quelle fréquence le rendez-vous se répète.", "Escolha com que frequência a consulta se repete."),
        "Say how many times it repeats, or until which date.": ("Indica cuántas veces se repite, o hasta qué fecha.", "Indiquez combien de fois il se répète, ou jusqu'à quelle date.", "Indique quantas vezes se repete, ou até que data."),
        "A series has between 2 and {max} appointments.": ("Una serie tiene entre 2 y {max} citas.", "Une série compte entre 2 et {max} rendez-vous.", "Uma série tem entre 2 e {max} consultas."),
        "The end date must be after the first appointment.": ("La fecha de fin debe ser posterior a la primera cita.", "La date de fin doit être postérieure au premier rendez-vous.", "A data de fim tem de ser posterior à primeira consulta."),
        "A series can span at most three years.": ("Una serie puede abarcar tres años como máximo.", "Une série peut s'étendre sur trois ans au plus.", "Uma série pode abranger no máximo três anos."),
        # app/services/service_catalog.py
        "Enter a whole amount: {currency} has no decimals.": ("Escribe un importe entero: {currency} no tiene decimales.", "Saisissez un montant entier : {currency} n'a pas de décimales.", "Introduza um valor inteiro: {currency} não tem casas decimais."),
        "Enter the price with at most {digits} decimals.": ("Escribe el precio con {digits} decimales como máximo.", "Saisissez le prix avec {digits} décimales au plus.", "Introduza o preço com {digits} casas decimais no máximo."),
        "A service needs a name.": ("Un servicio necesita un nombre.", "Un service a besoin d'un nom.", "Um serviço precisa de um nome."),
        "A service called “{name}” already exists.": ("Ya existe un servicio llamado «{name}».", "Un service nommé « {name} » existe déjà.", "Já existe um serviço chamado «{name}»."),
        "The price cannot be negative.": ("El precio no puede ser negativo.", "Le prix ne peut pas être négatif.", "O preço não pode ser negativo."),
        "The tax rate is a percentage between 0 and 100.": ("El tipo de IVA es un porcentaje entre 0 y 100.", "Le taux de TVA est un pourcentage entre 0 et 100.", "A taxa de IVA é uma percentagem entre 0 e 100."),
        # app/services/practice.py
        "“{value}” is not a time zone: choose one from the list, like Europe/Lisbon.": ("«{value}» no es una zona horaria: elige una de la lista, como Europe/Madrid.", "« {value} » n'est pas un fuseau horaire : choisissez-en un dans la liste, comme Europe/Paris.", "«{value}» não é um fuso horário: escolha um da lista, como Europe/Lisbon."),
    },
    "Appointments": {
        "%1, %2": ("%1, %2", "%1, %2", "%1, %2"),
        "%n min": ("%n min", "%n min", "%n min"),  # the same for one or many; lupdate does not take it as a plural
    },
    "ClientPicker": {
        "Type a client's name, email or phone": ("Escribe el nombre, correo o teléfono de un cliente", "Saisissez le nom, le courriel ou le téléphone d'un client", "Escreva o nome, email ou telefone de um cliente"),
        "No client matches “%1”.": ("Ningún cliente coincide con «%1».", "Aucun client ne correspond à « %1 ».", "Nenhum cliente corresponde a «%1»."),
    },
    "BookingDialog": {
        "Edit appointment": ("Editar cita", "Modifier le rendez-vous", "Editar consulta"),
        "Book appointment": _BOOK_APPOINTMENT,
        "No service": ("Sin servicio", "Aucun service", "Sem serviço"),
        "for": ("durante", "pendant", "durante"),
        "In person": _IN_PERSON,
        "Video": _VIDEO,
        "Does not repeat": ("No se repite", "Ne se répète pas", "Não se repete"),
        "Every week": ("Cada semana", "Chaque semaine", "Todas as semanas"),
        "Every two weeks": ("Cada dos semanas", "Toutes les deux semaines", "De duas em duas semanas"),
        "Every month": ("Cada mes", "Chaque mois", "Todos os meses"),
        "After": ("Después de", "Après", "Após"),
        " appointments": (" citas", " rendez-vous", " consultas"),
        "Until": ("Hasta el", "Jusqu'au", "Até"),
        "Only you see this note.": ("Solo tú ves esta nota.", "Cette note n'est visible que par vous.", "Esta nota só é visível para si."),
        "&Service": ("&Servicio", "&Service", "&Serviço"),
        "&When": ("&Cuándo", "&Quand", "&Quando"),
        "W&here": ("&Dónde", "&Où", "&Onde"),
        "&Repeat": ("&Repetir", "&Répéter", "&Repetir"),
        "Private &note": ("&Nota privada", "&Note privée", "&Nota privada"),
        "Book": ("Reservar", "Planifier", "Marcar"),
        "More actions": ("Más acciones", "Plus d'actions", "Mais ações"),
        "Phone number to call": ("Número al que llamar", "Numéro à appeler", "Número para onde ligar"),
        "Address or room": ("Dirección o sala", "Adresse ou salle", "Morada ou sala"),
        "%1 on %2, %3": ("%1 (%2, %3)", "%1 (%2, %3)", "%1 (%2, %3)"),
        "This overlaps another appointment: %1.": ("Se solapa con otra cita: %1.", "Chevauche un autre rendez-vous : %1.", "Sobrepõe-se a outra consulta: %1."),
        "And %n more.": (("Y %n más.", "Y %n más."), ("Et %n autre.", "Et %n autres."), ("E mais %n.", "E mais %n.")),
        "You can still book it if that is intended.": ("Puedes reservarla igualmente si es lo que quieres.", "Vous pouvez quand même le planifier si c'est voulu.", "Pode marcá-la na mesma, se for essa a intenção."),
        "Save anyway": ("Guardar de todos modos", "Enregistrer quand même", "Guardar mesmo assim"),
        "Book anyway": ("Reservar de todos modos", "Planifier quand même", "Marcar mesmo assim"),
        "Repeating appointment": ("Cita periódica", "Rendez-vous récurrent", "Consulta periódica"),
        "This appointment is part of a series. Change only this one, or this one and all the following ones?": ("Esta cita forma parte de una serie. ¿Cambiar solo esta, o esta y todas las siguientes?", "Ce rendez-vous fait partie d'une série. Modifier seulement celui-ci, ou celui-ci et tous les suivants ?", "Esta consulta faz parte de uma série. Alterar só esta, ou esta e todas as seguintes?"),
        "Only this one": ("Solo esta", "Celui-ci seulement", "Só esta"),
        "This and following": ("Esta y las siguientes", "Celui-ci et les suivants", "Esta e as seguintes"),
    },
    "AppointmentActions": {
        "Could not change the appointment": ("No se pudo cambiar la cita", "Le rendez-vous n'a pas pu être modifié", "Não foi possível alterar a consulta"),
        "Rebook": ("Volver a reservar", "Reprendre rendez-vous", "Voltar a marcar"),
        "Delete appointment": ("Eliminar cita", "Supprimer le rendez-vous", "Eliminar consulta"),
        "Delete the appointment of %1 on %2? Use this for a booking made by mistake; to keep a record that it was called off, cancel it instead.": ("¿Eliminar la cita de %1 (%2)? Hazlo con una cita reservada por error; para dejar constancia de que se anuló, cancélala.", "Supprimer le rendez-vous de %1 (%2) ? À réserver aux rendez-vous pris par erreur ; pour garder une trace de son annulation, annulez-le plutôt.", "Eliminar a consulta de %1 (%2)? Faça-o com uma marcação feita por engano; para manter registo de que foi desmarcada, cancele-a antes."),
        "Delete": ("Eliminar", "Supprimer", "Eliminar"),
        "Mark as completed": ("Marcar como completada", "Marquer comme terminé", "Assinalar como concluída"),
        "Mark %n past appointment(s) that are still scheduled as completed?": (("¿Marcar como completada %n cita pasada que sigue programada?", "¿Marcar como completadas %n citas pasadas que siguen programadas?"), ("Marquer comme terminé %n rendez-vous passé encore prévu ?", "Marquer comme terminés %n rendez-vous passés encore prévus ?"), ("Assinalar como concluída %n consulta passada que continua marcada?", "Assinalar como concluídas %n consultas passadas que continuam marcadas?")),
        "Mark completed": ("Marcar como completada", "Marquer comme terminé", "Assinalar como concluída"),
        "Open client record": ("Abrir la ficha del cliente", "Ouvrir le dossier du client", "Abrir a ficha do cliente"),
        "Create invoice": ("Crear factura", "Créer une facture", "Criar fatura"),
        "Already on an invoice.": ("Ya está en una factura.", "Figure déjà sur une facture.", "Já está numa fatura."),
        "Invoices come with the Billing part of Consulta.": ("Las facturas llegan con la parte de Facturación de Consulta.", "Les factures arrivent avec la partie Facturation de Consulta.", "As faturas chegam com a parte de Faturação do Consulta."),
        "Create note": ("Crear nota", "Créer une note", "Criar nota"),
        "Notes come with the Documentation part of Consulta.": ("Las notas llegan con la parte de Documentación de Consulta.", "Les notes arrivent avec la partie Documentation de Consulta.", "As notas chegam com a parte de Documentação do Consulta."),
        "Rebook…": ("Volver a reservar…", "Reprendre rendez-vous…", "Voltar a marcar…"),
        "Edit…": ("Editar…", "Modifier…", "Editar…"),
        "Reschedule…": ("Reprogramar…", "Déplacer…", "Remarcar…"),
        "Cancel appointment…": ("Cancelar cita…", "Annuler le rendez-vous…", "Cancelar consulta…"),
        "Mark no-show": ("Marcar que no asistió", "Marquer comme non honoré", "Assinalar falta"),
        "Possible once the appointment has started.": ("Posible una vez empezada la cita.", "Possible une fois le rendez-vous commencé.", "Possível depois de a consulta começar."),
        "Restore appointment": ("Restaurar cita", "Rétablir le rendez-vous", "Repor consulta"),
        "Back to scheduled": ("Volver a «Programada»", "Revenir à « Prévu »", "Voltar a «Marcada»"),
        "Delete…": ("Eliminar…", "Supprimer…", "Eliminar…"),
    },
    "CancelDialog": {
        "Cancel appointment": ("Cancelar cita", "Annuler le rendez-vous", "Cancelar consulta"),
        "%1 — %2": ("%1 — %2", "%1 — %2", "%1 — %2"),
        "Cancelled by the client": ("Cancelada por el cliente", "Annulé par le client", "Cancelada pelo cliente"),
        "Cancelled by me": ("Cancelada por mí", "Annulé par moi", "Cancelada por mim"),
        "Illness": ("Enfermedad", "Maladie", "Doença"),
        "Rescheduled": ("Reprogramada", "Déplacé", "Remarcada"),
        "Only this appointment": ("Solo esta cita", "Ce rendez-vous seulement", "Só esta consulta"),
        "This and all following in the series": ("Esta y todas las siguientes de la serie", "Celui-ci et tous les suivants de la série", "Esta e todas as seguintes da série"),
        "&Reason": ("&Motivo", "&Motif", "&Motivo"),
        "Which": ("Cuáles", "Lesquels", "Quais"),
        "Keep appointment": ("Mantener la cita", "Garder le rendez-vous", "Manter a consulta"),
    },
    "ClientActions": {
        "Book appointment…": ("Reservar cita…", "Planifier un rendez-vous…", "Marcar consulta…"),
    },
    # --- the client's Overview tab ----------------------------------------------------------------
    "OverviewTab": {
        "Book appointment": _BOOK_APPOINTMENT,
        "Mark all completed": ("Marcar todas como completadas", "Tout marquer comme terminé", "Assinalar todas como concluídas"),
        "No upcoming appointments.": ("No hay próximas citas.", "Aucun rendez-vous à venir.", "Não há próximas consultas."),
        "Book one…": ("Reservar una…", "En planifier un…", "Marcar uma…"),
        "No past appointments yet.": ("Aún no hay citas pasadas.", "Pas encore de rendez-vous passés.", "Ainda não há consultas passadas."),
        "%n past appointment(s) are still marked scheduled. Were they held?": (("%n cita pasada sigue como programada. ¿Se realizó?", "%n citas pasadas siguen como programadas. ¿Se realizaron?"), ("%n rendez-vous passé est encore marqué prévu. A-t-il eu lieu ?", "%n rendez-vous passés sont encore marqués prévus. Ont-ils eu lieu ?"), ("%n consulta passada continua como marcada. Realizou-se?", "%n consultas passadas continuam como marcadas. Realizaram-se?")),
        "Upcoming (%1)": ("Próximas (%1)", "À venir (%1)", "Próximas (%1)"),
        "Past (%1)": ("Pasadas (%1)", "Passés (%1)", "Passadas (%1)"),
    },
    "OverviewSummary": {
        "today": ("hoy", "aujourd'hui", "hoje"),
        "tomorrow": ("mañana", "demain", "amanhã"),
        "yesterday": ("ayer", "hier", "ontem"),
        "%n day(s)": (("%n día", "%n días"), ("%n jour", "%n jours"), ("%n dia", "%n dias")),
        "%n week(s)": (("%n semana", "%n semanas"), ("%n semaine", "%n semaines"), ("%n semana", "%n semanas")),
        "%n month(s)": (("%n mes", "%n meses"), ("%n mois", "%n mois"), ("%n mês", "%n meses")),
        "%n year(s)": (("%n año", "%n años"), ("%n an", "%n ans"), ("%n ano", "%n anos")),
        "in %1": ("dentro de %1", "dans %1", "daqui a %1"),
        "%1 ago": ("hace %1", "il y a %1", "há %1"),
    },
    "SummaryStrip": {
        "Next appointment": ("Próxima cita", "Prochain rendez-vous", "Próxima consulta"),
        "Last seen": ("Última visita", "Dernière visite", "Última visita"),
        "Sessions this year": ("Sesiones este año", "Séances cette année", "Sessões este ano"),
        "Outstanding": ("Pendiente de cobro", "Restant dû", "Por receber"),
        "None booked": ("Ninguna reservada", "Aucun prévu", "Nenhuma marcada"),
        "Not yet": ("Aún no", "Pas encore", "Ainda não"),
        "completed in %1": ("realizadas en %1", "effectuées en %1", "realizadas em %1"),
        "%1 overdue": ("%1 vencido", "%1 en retard", "%1 em atraso"),
        "All invoices paid": ("Todas las facturas pagadas", "Toutes les factures sont payées", "Todas as faturas pagas"),
        "%1 in credit": ("%1 a su favor", "%1 d'avoir", "%1 a seu favor"),
    },
    "AppointmentTableModel": {
        "Time": ("Hora", "Heure", "Hora"),
        "Service": ("Servicio", "Service", "Serviço"),
        "Where": ("Lugar", "Lieu", "Local"),
        "In person": _IN_PERSON,
        "Video": _VIDEO,
        "Cancelled: %1": ("Cancelada: %1", "Annulé : %1", "Cancelada: %1"),
        "Invoiced": ("Facturada", "Facturé", "Faturada"),
        "This appointment is on an invoice.": ("Esta cita está en una factura.", "Ce rendez-vous figure sur une facture.", "Esta consulta está numa fatura."),
        "%n note(s)": (("%n nota", "%n notas"), ("%n note", "%n notes"), ("%n nota", "%n notas")),
        "Notes are linked to this appointment (Documentation tab).": ("Hay notas vinculadas a esta cita (pestaña Documentación).", "Des notes sont liées à ce rendez-vous (onglet Documentation).", "Há notas ligadas a esta consulta (separador Documentação)."),
        "Actions for this appointment": ("Acciones para esta cita", "Actions pour ce rendez-vous", "Ações para esta consulta"),
    },
    # --- the calendar ------------------------------------------------------------------------------
    "Calendar": {
        "Click to open · double-click for the client · right-click for more": ("Clic para abrir · doble clic para el cliente · clic derecho para más", "Clic pour ouvrir · double-clic pour le client · clic droit pour plus", "Clique para abrir · duplo clique para o cliente · clique direito para mais"),
    },
    "CalendarArea": {
        "Export .ics…": ("Exportar .ics…", "Exporter en .ics…", "Exportar .ics…"),
        "Upcoming appointments as a file for your phone's calendar": ("Las próximas citas en un archivo para el calendario de tu móvil", "Les prochains rendez-vous dans un fichier pour l'agenda de votre téléphone", "As próximas consultas num ficheiro para o calendário do seu telemóvel"),
        "Book appointment": _BOOK_APPOINTMENT,
        "Today": ("Hoy", "Aujourd'hui", "Hoje"),
        # The keys stay T, D, W and M in every language.
        "Go to today (T)": ("Ir a hoy (T)", "Aller à aujourd'hui (T)", "Ir para hoje (T)"),
        "Previous (Left arrow or Page Up)": ("Anterior (flecha izquierda o Re Pág)", "Précédent (flèche gauche ou Page préc.)", "Anterior (seta para a esquerda ou Page Up)"),
        "Next (Right arrow or Page Down)": ("Siguiente (flecha derecha o Av Pág)", "Suivant (flèche droite ou Page suiv.)", "Seguinte (seta para a direita ou Page Down)"),
        "Previous": ("Anterior", "Précédent", "Anterior"),
        "Next": ("Siguiente", "Suivant", "Seguinte"),
        "Day": ("Día", "Jour", "Dia"),
        "Day view (D)": ("Vista de día (D)", "Vue jour (D)", "Vista de dia (D)"),
        "Week": ("Semana", "Semaine", "Semana"),
        "Week view (W)": ("Vista de semana (W)", "Vue semaine (W)", "Vista de semana (W)"),
        "Month": ("Mes", "Mois", "Mês"),
        "Month view (M)": ("Vista de mes (M)", "Vue mois (M)", "Vista de mês (M)"),
        "%n appointment(s)": (("%n cita", "%n citas"), ("%n rendez-vous", "%n rendez-vous"), ("%n consulta", "%n consultas")),
        "%n past appointment(s) still marked scheduled: mark completed…": (("%n cita pasada aún programada: marcarla como completada…", "%n citas pasadas aún programadas: marcarlas como completadas…"), ("%n rendez-vous passé encore prévu : le marquer terminé…", "%n rendez-vous passés encore prévus : les marquer terminés…"), ("%n consulta passada ainda marcada: assinalar como concluída…", "%n consultas passadas ainda marcadas: assinalar como concluídas…")),
        "Calendar exported": ("Calendario exportado", "Agenda exporté", "Calendário exportado"),
        "Exported %n appointment(s) to:": (("Se ha exportado %n cita a:", "Se han exportado %n citas a:"), ("%n rendez-vous exporté vers :", "%n rendez-vous exportés vers :"), ("Foi exportada %n consulta para:", "Foram exportadas %n consultas para:")),
    },
    "MonthView": {
        "+%n more": (("+%n más", "+%n más"), ("+%n autre", "+%n autres"), ("+%n outra", "+%n outras")),
    },
    "IcsExportDialog": {
        "Export to a phone calendar": ("Exportar al calendario del móvil", "Exporter vers l'agenda d'un téléphone", "Exportar para o calendário do telemóvel"),
        "Export upcoming appointments": ("Exportar las próximas citas", "Exporter les prochains rendez-vous", "Exportar as próximas consultas"),
        "Saves your upcoming appointments (the next twelve months) as an .ics file, which your phone or another calendar app can import. Cancelled appointments are left out.": ("Guarda tus próximas citas (los próximos doce meses) en un archivo .ics, que tu móvil u otra aplicación de calendario puede importar. Las citas canceladas se dejan fuera.", "Enregistre vos prochains rendez-vous (les douze prochains mois) dans un fichier .ics, que votre téléphone ou une autre application d'agenda peut importer. Les rendez-vous annulés sont laissés de côté.", "Guarda as suas próximas consultas (os próximos doze meses) num ficheiro .ics, que o seu telemóvel ou outra aplicação de calendário pode importar. As consultas canceladas ficam de fora."),
        "Include client names": ("Incluir los nombres de los clientes", "Inclure les noms des clients", "Incluir os nomes dos clientes"),
        "Otherwise only initials and the service are exported (for example “S.M. · Follow-up session”), so no client's name reaches a calendar that syncs to the cloud. Names also add places and video links.": ("Si no, solo se exportan las iniciales y el servicio (por ejemplo «S.M. · Sesión de seguimiento»), para que ningún nombre de cliente llegue a un calendario que se sincroniza con la nube. Con los nombres se añaden también los lugares y los enlaces de videollamada.", "Sinon, seuls les initiales et le service sont exportés (par exemple « S.M. · Séance de suivi »), pour qu'aucun nom de client n'arrive dans un agenda synchronisé avec le cloud. Avec les noms viennent aussi les lieux et les liens de visio.", "Caso contrário, só são exportados as iniciais e o serviço (por exemplo «S.M. · Sessão de acompanhamento»), para que nenhum nome de cliente chegue a um calendário sincronizado com a nuvem. Com os nomes seguem também os locais e as ligações de videochamada."),
        "&Export…": ("&Exportar…", "&Exporter…", "&Exportar…"),
        "Save the calendar file": ("Guardar el archivo del calendario", "Enregistrer le fichier d'agenda", "Guardar o ficheiro do calendário"),
        "iCalendar files (*.ics)": ("Archivos iCalendar (*.ics)", "Fichiers iCalendar (*.ics)", "Ficheiros iCalendar (*.ics)"),
        "Exporting…": ("Exportando…", "Exportation…", "A exportar…"),
        "The file could not be written: %1": ("No se pudo escribir el archivo: %1", "Le fichier n'a pas pu être écrit : %1", "Não foi possível escrever o ficheiro: %1"),
    },
    # --- settings ----------------------------------------------------------------------------------
    # Settings shows General and Services on one page: their "&" letters do not repeat
    # (General: &Idioma, &Bloqueo, &consulta, &Guardar, &Zona / &Langue, &Verrouillage, &cabinet,
    # &Enregistrer, &Fuseau / &Idioma, &Bloqueio, &consultório, &Guardar, &Fuso).
    "GeneralSettingsPage": {
        "Appointment times are shown in this zone, and repeating appointments keep their time in it across summer-time changes.": ("Las horas de las citas se muestran en esta zona, y las citas periódicas conservan su hora en ella con los cambios al horario de verano.", "Les heures des rendez-vous s'affichent dans ce fuseau, et les rendez-vous récurrents y gardent leur heure lors des changements d'heure.", "As horas das consultas são mostradas neste fuso, e as consultas periódicas mantêm nele a sua hora quando muda a hora de verão."),
        "&Time zone": ("&Zona horaria", "&Fuseau horaire", "&Fuso horário"),
        "Time zone saved: %1.": ("Zona horaria guardada: %1.", "Fuseau horaire enregistré : %1.", "Fuso horário guardado: %1."),
    },
    "ServicesSettingsPage": {
        "Services": ("Servicios", "Services", "Serviços"),
        "What you offer. A new appointment takes its duration and price from its service; inactive services stay on past appointments but are not offered for new ones.": ("Lo que ofreces. Una cita nueva toma la duración y el precio de su servicio; los servicios inactivos se mantienen en las citas pasadas, pero no se ofrecen para las nuevas.", "Ce que vous proposez. Un nouveau rendez-vous prend la durée et le prix de son service ; les services inactifs restent sur les rendez-vous passés mais ne sont plus proposés pour les nouveaux.", "O que oferece. Uma nova consulta recebe a duração e o preço do seu serviço; os serviços inativos ficam nas consultas passadas, mas não são oferecidos para novas."),
        "Service": ("Servicio", "Service", "Serviço"),
        "Duration": ("Duración", "Durée", "Duração"),
        "Price": ("Precio", "Prix", "Preço"),
        "Tax": ("IVA", "TVA", "IVA"),
        "No services yet: add what you offer with + New service.": ("Aún no hay servicios: añade lo que ofreces con + Nuevo servicio.", "Pas encore de services : ajoutez ce que vous proposez avec + Nouveau service.", "Ainda não há serviços: adicione o que oferece com + Novo serviço."),
        "+ &New service": ("+ &Nuevo servicio", "+ &Nouveau service", "+ &Novo serviço"),
        "&Edit…": ("&Editar…", "&Modifier…", "&Editar…"),
        "Deacti&vate": ("&Desactivar", "&Désactiver", "&Desativar"),
        "Acti&vate": ("&Activar", "&Activer", "&Ativar"),
        "&Delete…": ("E&liminar…", "&Supprimer…", "E&liminar…"),
        "Move &up": ("&Subir", "Mon&ter", "S&ubir"),
        "Move do&wn": ("Ba&jar", "Descend&re", "De&scer"),
        "%1 min": ("%1 min", "%1 min", "%1 min"),
        "Service added: %1.": ("Servicio añadido: %1.", "Service ajouté : %1.", "Serviço adicionado: %1."),
        "Service saved: %1.": ("Servicio guardado: %1.", "Service enregistré : %1.", "Serviço guardado: %1."),
        "“%1” is offered again for new appointments.": ("«%1» vuelve a ofrecerse para nuevas citas.", "« %1 » est de nouveau proposé pour les nouveaux rendez-vous.", "«%1» volta a estar disponível para novas consultas."),
        "“%1” is no longer offered for new appointments; past appointments keep it.": ("«%1» ya no se ofrece para nuevas citas; las citas pasadas lo conservan.", "« %1 » n'est plus proposé pour les nouveaux rendez-vous ; les rendez-vous passés le gardent.", "«%1» deixou de estar disponível para novas consultas; as consultas passadas mantêm-no."),
        "“%1” is the service of %n appointment(s). They stay in the calendar and in the client records, but without a service.\n\nTo stop offering it and keep those appointments as they are, deactivate it instead.": (
            ("«%1» es el servicio de %n cita. Se queda en el calendario y en la ficha del cliente, pero sin servicio.\n\nPara dejar de ofrecerlo y mantener esa cita tal como está, desactívalo en su lugar.",
             "«%1» es el servicio de %n citas. Se quedan en el calendario y en las fichas de los clientes, pero sin servicio.\n\nPara dejar de ofrecerlo y mantener esas citas tal como están, desactívalo en su lugar."),
            ("« %1 » est le service de %n rendez-vous. Celui-ci reste dans l'agenda et dans le dossier du client, mais sans service.\n\nPour ne plus le proposer tout en gardant ce rendez-vous tel quel, désactivez-le plutôt.",
             "« %1 » est le service de %n rendez-vous. Ceux-ci restent dans l'agenda et dans les dossiers des clients, mais sans service.\n\nPour ne plus le proposer tout en gardant ces rendez-vous tels quels, désactivez-le plutôt."),
            ("«%1» é o serviço de %n consulta. Esta fica no calendário e na ficha do cliente, mas sem serviço.\n\nPara deixar de o oferecer e manter essa consulta como está, desative-o antes.",
             "«%1» é o serviço de %n consultas. Estas ficam no calendário e nas fichas dos clientes, mas sem serviço.\n\nPara deixar de o oferecer e manter essas consultas como estão, desative-o antes.")),
        "Delete “%1”? No appointment uses it.": ("¿Eliminar «%1»? Ninguna cita lo usa.", "Supprimer « %1 » ? Aucun rendez-vous ne l'utilise.", "Eliminar «%1»? Nenhuma consulta o usa."),
        "Delete service": ("Eliminar servicio", "Supprimer le service", "Eliminar serviço"),
        "Service deleted: %1.": ("Servicio eliminado: %1.", "Service supprimé : %1.", "Serviço eliminado: %1."),
    },
    "ServiceDialog": {
        "New service": ("Nuevo servicio", "Nouveau service", "Novo serviço"),
        "Edit service": ("Editar servicio", "Modifier le service", "Editar serviço"),
        "e.g. Couples session": ("p. ej., Sesión de pareja", "p. ex. Séance de couple", "p. ex. Sessão de casal"),
        "Offered for new appointments": ("Disponible para nuevas citas", "Proposé pour les nouveaux rendez-vous", "Disponível para novas consultas"),
        "&Name": ("&Nombre", "&Nom", "&Nome"),
        "&Duration": ("&Duración", "&Durée", "&Duração"),
        "&Price": ("&Precio", "&Prix", "&Preço"),
        "&Tax rate": ("Tipo de &IVA", "Taux de &TVA", "Taxa de &IVA"),
        "In %1, the practice currency. The duration and price are suggestions: each appointment can differ.": ("En %1, la moneda de la consulta. La duración y el precio son sugerencias: cada cita puede ser distinta.", "En %1, la devise du cabinet. La durée et le prix sont des suggestions : chaque rendez-vous peut être différent.", "Em %1, a moeda do consultório. A duração e o preço são sugestões: cada consulta pode ser diferente."),
    },
    "SettingsArea": {
        "Email settings arrive with the part of Consulta that uses them; they are not in this version yet.": ("Los ajustes de correo llegarán con la parte de Consulta que los usa; aún no están en esta versión.", "Les réglages du courriel arriveront avec la partie de Consulta qui s'en sert ; ils ne sont pas encore dans cette version.", "As definições de email chegam com a parte do Consulta que as usa; ainda não estão nesta versão."),
    },
}

BY_CONTEXT: dict[tuple[str, str], tuple] = {
    (context, source): texts
    for context, messages in _CONTEXTS.items()
    for source, texts in messages.items()
}


# --- English plurals ----------------------------------------------------------------------------
# Where dropping "(s)" would leave a verb or pronoun in the plural.

ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "%n past appointment(s) still marked scheduled: mark completed…": (
        "%n past appointment still marked scheduled: mark completed…",
        "%n past appointments still marked scheduled: mark completed…",
    ),
    "Mark %n past appointment(s) that are still scheduled as completed?": (
        "Mark %n past appointment that is still scheduled as completed?",
        "Mark %n past appointments that are still scheduled as completed?",
    ),
    "%n past appointment(s) are still marked scheduled. Were they held?": (
        "%n past appointment is still marked scheduled. Was it held?",
        "%n past appointments are still marked scheduled. Were they held?",
    ),
    "“%1” is the service of %n appointment(s). They stay in the calendar and in the client records, but without a service.\n\nTo stop offering it and keep those appointments as they are, deactivate it instead.": (
        "“%1” is the service of %n appointment. It stays in the calendar and in the client's record, but without a service.\n\nTo stop offering the service and keep that appointment as it is, deactivate it instead.",
        "“%1” is the service of %n appointments. They stay in the calendar and in the client records, but without a service.\n\nTo stop offering it and keep those appointments as they are, deactivate it instead.",
    ),
}
