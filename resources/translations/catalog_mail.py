"""Mail: the Inbox area, the reading pane, the composer, the Outbox, attachments, the status
bar's sync state, a client's Inbox tab and appointment reminders, Settings → Email, and the
core messages of app/mail.

Merged into catalog.py (see its docstring). Every entry is keyed by context, as in
catalog_scheduling.py, so that "Unread", "Details" or "Sent" can read differently in a filter,
a column and a status.

Vocabulary: email = correo / courriel / email; inbox = Bandeja de entrada / Boîte de réception /
Caixa de entrada; outbox = Bandeja de salida / Boîte d'envoi / Caixa de saída; compose =
Redactar / Nouveau message / Escrever; reply, reply all, forward = Responder, Responder a todos,
Reenviar / Répondre, Répondre à tous, Transférer / Responder, Responder a todos, Reencaminhar;
sync = sincronizar / synchroniser / sincronizar; attachment = adjunto / pièce jointe / anexo;
download = descargar / télécharger / transferir; a message is filed to a record = archivado en
la ficha / classé dans le dossier / arquivado na ficha, and linked to a client = vincular /
lier / associar; subject = asunto / objet / assunto; reminders = recordatorios / rappels /
lembretes; password = contraseña / mot de passe / palavra-passe; keyring = llavero / trousseau
de clés / porta-chaves. Portuguese is European (ligação, utilizador, ficheiro, guardar).

Shortcut letters: each window's letters are unique, and those of Settings → Email (in the main
window) avoid the menu bar's (es A, I, Y; fr F, L, A; pt F, I, J).
"""

# ruff: noqa: E501

from __future__ import annotations

# --- shared texts -------------------------------------------------------------------------------

_NO_SUBJECT = ("(sin asunto)", "(sans objet)", "(sem assunto)")
_COMPOSE = ("+ Redactar", "+ Nouveau message", "+ Escrever")
_CLOSE = ("Cerrar", "Fermer", "Fechar")
_SAVE_COPY_MENU = ("Guardar una copia…", "Enregistrer une copie…", "Guardar uma cópia…")
_DISCARD = ("Descartar", "Abandonner", "Descartar")
_DISCARD_MESSAGE = ("Descartar mensaje", "Abandonner le message", "Descartar mensagem")
_REPLY = ("Responder", "Répondre", "Responder")
_REPLY_ALL = ("Responder a todos", "Répondre à tous", "Responder a todos")
_FORWARD = ("Reenviar", "Transférer", "Reencaminhar")
_FROM = ("De", "De", "De")
_TO = ("Para", "À", "Para")
_CC = ("CC", "Cc", "Cc")
_SUBJECT = ("Asunto", "Objet", "Assunto")
_FILED_TO = ("Archivado en", "Classé dans", "Arquivado em")
_MORE_ACTIONS = ("Más acciones", "Plus d'actions", "Mais ações")
_RAW_SOURCE = ("Código fuente", "Source brute", "Código-fonte")
_SHOW_RAW_SOURCE = ("Ver el código fuente", "Afficher la source brute", "Mostrar o código-fonte")
_OUTBOX = ("Bandeja de salida", "Boîte d'envoi", "Caixa de saída")
_INCOMING = ("Correo entrante (IMAP)", "Courrier entrant (IMAP)", "Correio de entrada (IMAP)")
_OUTGOING = ("Correo saliente (SMTP)", "Courrier sortant (SMTP)", "Correio de saída (SMTP)")
_SECURITY = ("Seguridad", "Sécurité", "Segurança")
_SYNC_NOW = ("Sincronizar ahora", "Synchroniser maintenant", "Sincronizar agora")
_COULD_NOT_READ = ("No se pudo leer «%1»: %2", "« %1 » n'a pas pu être lu : %2", "Não foi possível ler «%1»: %2")
_MESSAGES_N = (("%n mensaje", "%n mensajes"), ("%n message", "%n messages"), ("%n mensagem", "%n mensagens"))
_PICTURE_NOT_SHOWN = ("Esta imagen no se puede mostrar aquí. Guarda una copia para abrirla en otro programa.", "Cette image ne peut pas être affichée ici. Enregistrez-en une copie pour l'ouvrir dans un autre programme.", "Esta imagem não pode ser mostrada aqui. Guarde uma cópia para a abrir noutro programa.")

_CONTEXTS: dict[str, dict[str, tuple]] = {
    "Core": {
        # app/mail/account.py
        "Enter the server name.": ("Escribe el nombre del servidor.", "Saisissez le nom du serveur.", "Introduza o nome do servidor."),
        "Enter a port between 1 and 65535.": ("Escribe un puerto entre 1 y 65535.", "Saisissez un port entre 1 et 65535.", "Introduza uma porta entre 1 e 65535."),
        "Choose TLS or STARTTLS.": ("Elige TLS o STARTTLS.", "Choisissez TLS ou STARTTLS.", "Escolha TLS ou STARTTLS."),
        "There is no certificate file at “{path}”.": ("No hay ningún archivo de certificado en «{path}».", "Il n'y a pas de fichier de certificat à l'emplacement « {path} ».", "Não existe nenhum ficheiro de certificado em «{path}»."),
        "Enter a size between 1 and 1024 MB.": ("Escribe un tamaño entre 1 y 1024 MB.", "Saisissez une taille entre 1 et 1024 Mo.", "Introduza um tamanho entre 1 e 1024 MB."),
        "This field is required.": ("Este campo es obligatorio.", "Ce champ est obligatoire.", "Este campo é obrigatório."),
        "Logged in to {host}, but its inbox could not be opened: {reason}": ("Se ha iniciado sesión en {host}, pero no se pudo abrir su bandeja de entrada: {reason}", "Connexion à {host} réussie, mais sa boîte de réception n'a pas pu être ouverte : {reason}", "A sessão em {host} foi iniciada, mas não foi possível abrir a caixa de entrada: {reason}"),
        # app/mail/connect.py
        "The certificate authority file “{path}” could not be read.": ("No se pudo leer el archivo de la autoridad de certificación «{path}».", "Le fichier de l'autorité de certification « {path} » n'a pas pu être lu.", "Não foi possível ler o ficheiro da autoridade de certificação «{path}»."),
        "{host} does not offer STARTTLS on port {port}, so the password would travel unprotected. Choose TLS, or the port your provider gives for it.": ("{host} no ofrece STARTTLS en el puerto {port}, así que la contraseña viajaría sin protección. Elige TLS, o el puerto que indica tu proveedor para ello.", "{host} ne propose pas STARTTLS sur le port {port} : le mot de passe circulerait sans protection. Choisissez TLS, ou le port que votre fournisseur indique pour cela.", "{host} não oferece STARTTLS na porta {port}, por isso a palavra-passe viajaria sem proteção. Escolha TLS, ou a porta que o seu fornecedor indica para isso."),
        "{host} does not speak IMAP4rev1, which Consulta needs.": ("{host} no admite IMAP4rev1, que Consulta necesita.", "{host} ne prend pas en charge IMAP4rev1, dont Consulta a besoin.", "{host} não suporta IMAP4rev1, de que o Consulta precisa."),
        "{host} does not offer to log in (SMTP AUTH) on port {port}.": ("{host} no ofrece iniciar sesión (SMTP AUTH) en el puerto {port}.", "{host} ne propose pas de s'identifier (SMTP AUTH) sur le port {port}.", "{host} não oferece início de sessão (SMTP AUTH) na porta {port}."),
        # app/mail/errors.py
        "The security certificate of {host} has expired, so the connection is not safe. The server's administrator must renew it.": ("El certificado de seguridad de {host} ha caducado, así que la conexión no es segura. El administrador del servidor debe renovarlo.", "Le certificat de sécurité de {host} a expiré : la connexion n'est pas sûre. L'administrateur du serveur doit le renouveler.", "O certificado de segurança de {host} expirou, por isso a ligação não é segura. O administrador do servidor tem de o renovar."),
        "The security certificate of {host} is not valid yet. Check this computer's date and time.": ("El certificado de seguridad de {host} todavía no es válido. Comprueba la fecha y la hora de este ordenador.", "Le certificat de sécurité de {host} n'est pas encore valide. Vérifiez la date et l'heure de cet ordinateur.", "O certificado de segurança de {host} ainda não é válido. Verifique a data e a hora deste computador."),
        "The security certificate of the server was issued for another name than “{host}”. Check the server name (your provider's instructions give the exact one).": ("El certificado de seguridad del servidor se emitió para otro nombre distinto de «{host}». Comprueba el nombre del servidor (las instrucciones de tu proveedor indican el exacto).", "Le certificat de sécurité du serveur a été émis pour un autre nom que « {host} ». Vérifiez le nom du serveur (les instructions de votre fournisseur donnent le nom exact).", "O certificado de segurança do servidor foi emitido para outro nome que não «{host}». Verifique o nome do servidor (as instruções do seu fornecedor indicam o nome exato)."),
        "The security certificate of {host} could not be verified: it is not signed by an authority this computer trusts. If the server uses its own certificate authority, choose that CA file.": ("No se pudo verificar el certificado de seguridad de {host}: no lo firma una autoridad en la que confíe este ordenador. Si el servidor usa su propia autoridad de certificación, elige ese archivo de CA.", "Le certificat de sécurité de {host} n'a pas pu être vérifié : il n'est pas signé par une autorité reconnue par cet ordinateur. Si le serveur utilise sa propre autorité de certification, choisissez ce fichier d'AC.", "Não foi possível verificar o certificado de segurança de {host}: não está assinado por uma autoridade em que este computador confie. Se o servidor usar a sua própria autoridade de certificação, escolha esse ficheiro de AC."),
        "The server name “{host}” could not be found. Check its spelling and that this computer is connected to the internet.": ("No se encontró el servidor «{host}». Comprueba que esté bien escrito y que este ordenador esté conectado a internet.", "Le serveur « {host} » est introuvable. Vérifiez son orthographe et que cet ordinateur est connecté à internet.", "Não foi possível encontrar o servidor «{host}». Verifique se está bem escrito e se este computador está ligado à internet."),
        "A secure connection to {host} could not be set up. Check that the security setting (TLS or STARTTLS) matches the port.": ("No se pudo establecer una conexión segura con {host}. Comprueba que el ajuste de seguridad (TLS o STARTTLS) corresponda al puerto.", "Aucune connexion sécurisée n'a pu être établie avec {host}. Vérifiez que le réglage de sécurité (TLS ou STARTTLS) correspond au port.", "Não foi possível estabelecer uma ligação segura a {host}. Verifique se a definição de segurança (TLS ou STARTTLS) corresponde à porta."),
        "{host} refused the connection on port {port}. Check the port number, or the server may be down.": ("{host} rechazó la conexión en el puerto {port}. Comprueba el número de puerto; también puede que el servidor no esté funcionando.", "{host} a refusé la connexion sur le port {port}. Vérifiez le numéro de port ; le serveur est peut-être aussi hors service.", "{host} recusou a ligação na porta {port}. Verifique o número da porta; o servidor também pode estar em baixo."),
        "{host} did not answer on port {port}. This computer may be offline, or a firewall blocks the port.": ("{host} no respondió en el puerto {port}. Puede que este ordenador no tenga conexión o que un cortafuegos bloquee el puerto.", "{host} n'a pas répondu sur le port {port}. Cet ordinateur est peut-être hors ligne, ou un pare-feu bloque le port.", "{host} não respondeu na porta {port}. Este computador pode estar sem ligação, ou uma firewall está a bloquear a porta."),
        "{host} refused the user name or password.": ("{host} rechazó el nombre de usuario o la contraseña.", "{host} a refusé le nom d'utilisateur ou le mot de passe.", "{host} recusou o nome de utilizador ou a palavra-passe."),
        "{host} reported an error: {reason}": ("{host} ha indicado un error: {reason}", "{host} a signalé une erreur : {reason}", "{host} comunicou um erro: {reason}"),
        "No password for {host} is stored on this computer. Enter it in Settings → Email.": ("No hay ninguna contraseña de {host} guardada en este ordenador. Escríbela en Configuración → Correo electrónico.", "Aucun mot de passe pour {host} n'est enregistré sur cet ordinateur. Saisissez-le dans Paramètres → Courriel.", "Não há nenhuma palavra-passe de {host} guardada neste computador. Introduza-a em Definições → Email."),
        "The connection to {host} was lost.": ("Se perdió la conexión con {host}.", "La connexion à {host} a été perdue.", "A ligação a {host} perdeu-se."),
        # app/mail/messages.py, parse.py, remote.py, reminders.py, send.py
        "This message no longer exists.": ("Este mensaje ya no existe.", "Ce message n'existe plus.", "Esta mensagem já não existe."),
        "Some characters of this message could not be read and may show wrongly. The original is kept unchanged.": ("Algunos caracteres de este mensaje no se pudieron leer y quizá se vean mal. El original se conserva sin cambios.", "Certains caractères de ce message n'ont pas pu être lus et peuvent s'afficher de travers. L'original est conservé tel quel.", "Alguns caracteres desta mensagem não puderam ser lidos e podem aparecer mal. O original é mantido sem alterações."),
        "This message could not be displayed fully. The original is kept unchanged.": ("Este mensaje no se pudo mostrar completo. El original se conserva sin cambios.", "Ce message n'a pas pu être affiché entièrement. L'original est conservé tel quel.", "Não foi possível mostrar esta mensagem por completo. O original é mantido sem alterações."),
        "This message is damaged, so parts of it may be missing. The original is kept unchanged.": ("Este mensaje está dañado, así que puede que falten partes. El original se conserva sin cambios.", "Ce message est endommagé : des parties peuvent manquer. L'original est conservé tel quel.", "Esta mensagem está danificada, por isso podem faltar partes. O original é mantido sem alterações."),
        "This attachment is no longer on the server, so it cannot be fetched.": ("Este adjunto ya no está en el servidor, así que no se puede descargar.", "Cette pièce jointe n'est plus sur le serveur : elle ne peut pas être récupérée.", "Este anexo já não está no servidor, por isso não pode ser transferido."),
        "Enter a number of hours between 1 and 336.": ("Escribe un número de horas entre 1 y 336.", "Saisissez un nombre d'heures entre 1 et 336.", "Introduza um número de horas entre 1 e 336."),
        "Add at least one recipient.": ("Añade al menos un destinatario.", "Ajoutez au moins un destinataire.", "Adicione pelo menos um destinatário."),
        "Set up your email account first (Settings → Email).": ("Configura primero tu cuenta de correo (Configuración → Correo electrónico).", "Configurez d'abord votre compte de courriel (Paramètres → Courriel).", "Configure primeiro a sua conta de email (Definições → Email)."),
        # ui/mail/sync_worker.py
        "Something went wrong while syncing the mail: {reason}": ("Algo ha fallado al sincronizar el correo: {reason}", "Un problème est survenu pendant la synchronisation du courriel : {reason}", "Algo correu mal ao sincronizar o email: {reason}"),
    },

    # --- the Inbox area and the message list ----------------------------------------------------
    "InboxArea": {
        "Messages waiting to be sent, and those that could not be sent": ("Mensajes en espera de envío y los que no se pudieron enviar", "Messages en attente d'envoi, et ceux qui n'ont pas pu être envoyés", "Mensagens à espera de envio e as que não puderam ser enviadas"),
        "+ Compose": _COMPOSE,
        "All": ("Todos", "Tous", "Todas"),
        "Unlinked": ("Sin vincular", "Non liés", "Não associadas"),
        "Unread": ("No leídos", "Non lus", "Não lidas"),
        "Show: %1": ("Mostrar: %1", "Afficher : %1", "Mostrar: %1"),
        "Messages from addresses that are not a client's or a contact's": ("Mensajes de direcciones que no son de ningún cliente ni contacto", "Messages d'adresses qui ne sont ni celles d'un client ni celles d'un contact", "Mensagens de endereços que não são de nenhum cliente nem contacto"),
        "Search subject, addresses and text": ("Buscar en asunto, direcciones y texto", "Rechercher dans l'objet, les adresses et le texte", "Pesquisar assunto, endereços e texto"),
        "Connect your email": ("Conecta tu correo", "Connectez votre courriel", "Ligue o seu email"),
        "Set up your email account in Settings → Email. Consulta then brings in your messages in the background and files each one to the client or contact it is from or to; they stay readable with no network.": ("Configura tu cuenta de correo en Configuración → Correo electrónico. Consulta traerá tus mensajes en segundo plano y archivará cada uno en la ficha del cliente o contacto que lo envía o lo recibe; se pueden leer sin conexión.", "Configurez votre compte de courriel dans Paramètres → Courriel. Consulta récupère alors vos messages en arrière-plan et classe chacun dans le dossier du client ou du contact qui l'envoie ou le reçoit ; ils restent lisibles sans réseau.", "Configure a sua conta de email em Definições → Email. O Consulta passa a trazer as suas mensagens em segundo plano e arquiva cada uma na ficha do cliente ou contacto que a envia ou recebe; continuam legíveis sem rede."),
        "Open Settings": ("Abrir Configuración", "Ouvrir les Paramètres", "Abrir Definições"),
        "Inbox (%1)": ("Bandeja de entrada (%1)", "Boîte de réception (%1)", "Caixa de entrada (%1)"),
        "No message matches.": ("Ningún mensaje coincide.", "Aucun message ne correspond.", "Nenhuma mensagem corresponde."),
        "No messages yet. They show here after the first sync; the status bar says how it is going.": ("Todavía no hay mensajes. Aparecerán aquí tras la primera sincronización; la barra de estado indica cómo va.", "Pas encore de messages. Ils s'affichent ici après la première synchronisation ; la barre d'état indique où elle en est.", "Ainda não há mensagens. Aparecem aqui após a primeira sincronização; a barra de estado indica como está a correr."),
        "Outbox (%1)": ("Bandeja de salida (%1)", "Boîte d'envoi (%1)", "Caixa de saída (%1)"),
        "Outbox": _OUTBOX,
    },
    "InboxText": {
        "%n message(s)": _MESSAGES_N,
        "%n unread": (("%n sin leer", "%n sin leer"), ("%n non lu", "%n non lus"), ("%n não lida", "%n não lidas")),
    },
    "MessageTableModel": {
        "From": _FROM,
        "Subject": _SUBJECT,
        # A narrow column of names: "the record" says it in fewer letters.
        "Filed to": ("Ficha", "Classé dans", "Ficha"),
        "To: %1": ("Para: %1", "À : %1", "Para: %1"),
        "(no subject)": _NO_SUBJECT,
        "Unread": ("No leído", "Non lu", "Não lida"),
        "Read": ("Leído", "Lu", "Lida"),
        "Could not be displayed fully": ("No se pudo mostrar completo", "N'a pas pu être affiché entièrement", "Não foi possível mostrar por completo"),
    },

    # --- reading a message ----------------------------------------------------------------------
    "MessageView": {
        "Select a message to read it.": ("Selecciona un mensaje para leerlo.", "Sélectionnez un message pour le lire.", "Selecione uma mensagem para a ler."),
        "Reply": _REPLY,
        "Reply all": _REPLY_ALL,
        "Forward": _FORWARD,
        "Link to client…": ("Vincular a un cliente…", "Lier à un client…", "Associar a um cliente…"),
        "File this message to a client's record": ("Archivar este mensaje en la ficha de un cliente", "Classer ce message dans le dossier d'un client", "Arquivar esta mensagem na ficha de um cliente"),
        "More actions": _MORE_ACTIONS,
        "Mark as unread": ("Marcar como no leído", "Marquer comme non lu", "Marcar como não lida"),
        "Mark as read": ("Marcar como leído", "Marquer comme lu", "Marcar como lida"),
        "Show raw source": _SHOW_RAW_SOURCE,
        "Delete from Consulta…": ("Eliminar de Consulta…", "Supprimer de Consulta…", "Eliminar do Consulta…"),
        "From": _FROM,
        "To": _TO,
        "Cc": _CC,
        "Filed to": _FILED_TO,
        "%1, %2": ("%1, %2", "%1, %2", "%1, %2"),
        "(no subject)": _NO_SUBJECT,
        "Deleted on the mail server; kept here because it is filed to a record.": ("Eliminado del servidor de correo; se conserva aquí porque está archivado en una ficha.", "Supprimé du serveur de courriel ; conservé ici car il est classé dans un dossier.", "Eliminada do servidor de email; mantida aqui porque está arquivada numa ficha."),
        "Not filed to a client yet.": ("Todavía no está archivado en la ficha de ningún cliente.", "Pas encore classé dans le dossier d'un client.", "Ainda não está arquivada na ficha de nenhum cliente."),
        "%1 is not the address of any client or contact yet.": ("%1 todavía no es la dirección de ningún cliente ni contacto.", "%1 n'est encore l'adresse d'aucun client ni contact.", "%1 ainda não é o endereço de nenhum cliente nem contacto."),
        "The sender": ("El remitente", "L'expéditeur", "O remetente"),
        "client": ("cliente", "client", "cliente"),
        "contact": ("contacto", "contact", "contacto"),
        "Some characters could not be read": ("Algunos caracteres no se pudieron leer", "Certains caractères n'ont pas pu être lus", "Alguns caracteres não puderam ser lidos"),
        "This message could not be displayed fully.": ("Este mensaje no se pudo mostrar completo.", "Ce message n'a pas pu être affiché entièrement.", "Não foi possível mostrar esta mensagem por completo."),
        "Raw source": _RAW_SOURCE,
        "Cannot write the message": ("No se puede escribir el mensaje", "Impossible de rédiger le message", "Não é possível escrever a mensagem"),
        "Delete this message from Consulta? The copy on the mail server is not touched, and it is not downloaded again.": ("¿Eliminar este mensaje de Consulta? La copia del servidor de correo no se toca, y no se vuelve a descargar.", "Supprimer ce message de Consulta ? La copie sur le serveur de courriel n'est pas touchée, et il n'est pas téléchargé à nouveau.", "Eliminar esta mensagem do Consulta? A cópia no servidor de email não é tocada, e não volta a ser transferida."),
        "Delete this message from Consulta? It is no longer on the mail server, so it will be gone for good.": ("¿Eliminar este mensaje de Consulta? Ya no está en el servidor de correo, así que desaparecerá para siempre.", "Supprimer ce message de Consulta ? Il n'est plus sur le serveur de courriel : il disparaîtra définitivement.", "Eliminar esta mensagem do Consulta? Já não está no servidor de email, por isso desaparece para sempre."),
        "Not deleted": ("No se ha eliminado", "Non supprimé", "Não foi eliminada"),
        "Delete message": ("Eliminar mensaje", "Supprimer le message", "Eliminar mensagem"),
        "Delete": ("Eliminar", "Supprimer", "Eliminar"),
    },
    "RawSourceDialog": {
        "Raw source": _RAW_SOURCE,
        "(no subject)": _NO_SUBJECT,
        "Only the beginning is shown: the message is very large.": ("Solo se muestra el principio: el mensaje es muy grande.", "Seul le début est affiché : le message est très volumineux.", "Só é mostrado o início: a mensagem é muito grande."),
        "Close": _CLOSE,
    },
    "MailBrowser": {
        "Open link": ("Abrir enlace", "Ouvrir le lien", "Abrir ligação"),
        "This link goes to:": ("Este enlace lleva a:", "Ce lien mène à :", "Esta ligação leva a:"),
        "Open in browser": ("Abrir en el navegador", "Ouvrir dans le navigateur", "Abrir no navegador"),
        "Open in mail program": ("Abrir en el programa de correo", "Ouvrir dans le logiciel de messagerie", "Abrir no programa de email"),
    },
    "LinkToClientDialog": {
        "Link to client": ("Vincular a un cliente", "Lier à un client", "Associar a um cliente"),
        "The message will show in the client's Inbox tab.": ("El mensaje aparecerá en la pestaña Bandeja de entrada del cliente.", "Le message s'affichera dans l'onglet Boîte de réception du client.", "A mensagem aparecerá no separador Caixa de entrada do cliente."),
        "Also add %1 to the client's email addresses": ("Añadir también %1 a las direcciones de correo del cliente", "Ajouter aussi %1 aux adresses électroniques du client", "Adicionar também %1 aos endereços de email do cliente"),
        "Their other messages are then filed to the record too, including older ones still on the server.": ("Así sus otros mensajes también se archivan en la ficha, incluidos los más antiguos que sigan en el servidor.", "Ses autres messages sont alors classés dans le dossier eux aussi, y compris les plus anciens encore sur le serveur.", "As outras mensagens desse endereço passam também a ser arquivadas na ficha, incluindo as mais antigas que ainda estão no servidor."),
        "Link": ("Vincular", "Lier", "Associar"),
    },

    # --- attachments ----------------------------------------------------------------------------
    "AttachmentList": {
        "(no name)": ("(sin nombre)", "(sans nom)", "(sem nome)"),
        "on the server": ("en el servidor", "sur le serveur", "no servidor"),
        "Download": ("Descargar", "Télécharger", "Transferir"),
        "This attachment is too large to be kept automatically. Download it from the server into this workspace.": ("Este adjunto es demasiado grande para guardarlo automáticamente. Descárgalo del servidor a este espacio de trabajo.", "Cette pièce jointe est trop volumineuse pour être conservée automatiquement. Téléchargez-la depuis le serveur dans cet espace de travail.", "Este anexo é demasiado grande para ser guardado automaticamente. Transfira-o do servidor para este espaço de trabalho."),
        "Preview": ("Vista previa", "Aperçu", "Pré-visualizar"),
        "Save a copy…": _SAVE_COPY_MENU,
        "Copy saved: %1": ("Copia guardada: %1", "Copie enregistrée : %1", "Cópia guardada: %1"),
        "Downloading…": ("Descargando…", "Téléchargement…", "A transferir…"),
        "Not downloaded": ("No se ha descargado", "Non téléchargé", "Não foi transferido"),
    },
    "AttachmentText": {
        "Download the attachment from the server first.": ("Descarga primero el adjunto del servidor.", "Téléchargez d'abord la pièce jointe depuis le serveur.", "Transfira primeiro o anexo do servidor."),
        "The copy was not saved": ("No se ha guardado la copia", "La copie n'a pas été enregistrée", "A cópia não foi guardada"),
    },
    "AttachmentPreview": {
        "This picture cannot be shown here. Save a copy to open it in another program.": _PICTURE_NOT_SHOWN,
        "Save a copy…": _SAVE_COPY_MENU,
        "Close": _CLOSE,
    },
    "AttachmentRow": {
        "Remove %1": ("Quitar %1", "Retirer %1", "Remover %1"),
    },

    # --- writing a message ----------------------------------------------------------------------
    "AddressFields": {
        "name@example.com, another@example.com": ("nombre@ejemplo.com, otro@ejemplo.com", "nom@exemple.fr, autre@exemple.fr", "nome@exemplo.pt, outro@exemplo.pt"),
        "Cc": _CC,
        "Add Cc recipients": ("Añadir destinatarios en copia (CC)", "Ajouter des destinataires en copie (Cc)", "Adicionar destinatários em cópia (Cc)"),
        "Bcc": ("CCO", "Cci", "Bcc"),
        "Add Bcc recipients: the others do not see them": ("Añadir destinatarios en copia oculta (CCO): los demás no los ven", "Ajouter des destinataires en copie cachée (Cci) : les autres ne les voient pas", "Adicionar destinatários em cópia oculta (Bcc): os outros não os veem"),
        "From": _FROM,
        "&To": ("&Para", "&Pour", "&Para"),
        "&Cc": ("&CC", "&Cc", "&Cc"),
        "&Bcc": ("CC&O", "Cc&i", "&Bcc"),
        "&Subject": ("&Asunto", "&Objet", "&Assunto"),
    },
    "Composer": {
        "New message": ("Mensaje nuevo", "Nouveau message", "Nova mensagem"),
        "Open email settings": ("Abrir la configuración del correo", "Ouvrir les paramètres du courriel", "Abrir as definições de email"),
        "Attach files…": ("Adjuntar archivos…", "Joindre des fichiers…", "Anexar ficheiros…"),
        "Attach files": ("Adjuntar archivos", "Joindre des fichiers", "Anexar ficheiros"),
        "Formatting": ("Formato", "Mise en forme", "Formatação"),
        "Bold, lists, headings and links. Turn it off to send plain text (the formatting is removed).": ("Negrita, listas, títulos y enlaces. Desactívalo para enviar texto sin formato (se quita el formato).", "Gras, listes, titres et liens. Désactivez-la pour envoyer du texte brut (la mise en forme est retirée).", "Negrito, listas, títulos e ligações. Desative para enviar texto simples (a formatação é removida)."),
        "Discard": _DISCARD,
        "Send": ("Enviar", "Envoyer", "Enviar"),
        "Send (Ctrl+Enter)": ("Enviar (Ctrl+Intro)", "Envoyer (Ctrl+Entrée)", "Enviar (Ctrl+Enter)"),
        "Filed to %1": ("Se archiva en la ficha de %1", "Classé dans le dossier de %1", "Arquivada na ficha de %1"),
        "Reply": _REPLY,
        "Reply all": _REPLY_ALL,
        "Forward": _FORWARD,
        "“%1” could not be read: %2": _COULD_NOT_READ,
        "The attachments add up to %1. Many email servers refuse messages this large; a link to a shared folder may reach the client more surely.": ("Los adjuntos suman %1. Muchos servidores de correo rechazan mensajes tan grandes; un enlace a una carpeta compartida puede llegar al cliente con más seguridad.", "Les pièces jointes totalisent %1. Beaucoup de serveurs de courriel refusent des messages aussi volumineux ; un lien vers un dossier partagé a plus de chances de parvenir au client.", "Os anexos somam %1. Muitos servidores de email recusam mensagens tão grandes; uma ligação para uma pasta partilhada pode chegar ao cliente com mais segurança."),
        "Sending “%1”…": ("Enviando «%1»…", "Envoi de « %1 »…", "A enviar «%1»…"),
        "In the Outbox": ("En la bandeja de salida", "Dans la boîte d'envoi", "Na caixa de saída"),
        "Your message is in the Outbox. It is sent as soon as Consulta is connected to your email server.": ("Tu mensaje está en la bandeja de salida. Se enviará en cuanto Consulta se conecte a tu servidor de correo.", "Votre message est dans la boîte d'envoi. Il part dès que Consulta est connecté à votre serveur de courriel.", "A sua mensagem está na caixa de saída. É enviada assim que o Consulta estiver ligado ao seu servidor de email."),
        "An email not yet sent: “%1”": ("Un correo aún sin enviar: «%1»", "Un courriel pas encore envoyé : « %1 »", "Um email ainda por enviar: «%1»"),
        "An email not yet sent": ("Un correo aún sin enviar", "Un courriel pas encore envoyé", "Um email ainda por enviar"),
        "Discard message": _DISCARD_MESSAGE,
        "Discard this message? It has not been sent.": ("¿Descartar este mensaje? No se ha enviado.", "Abandonner ce message ? Il n'a pas été envoyé.", "Descartar esta mensagem? Não foi enviada."),
        "Not attached, still on the email server: %1. Open the message and fetch them first to forward them.": ("No adjuntados, siguen en el servidor de correo: %1. Abre el mensaje y descárgalos primero para reenviarlos.", "Non joints, encore sur le serveur de courriel : %1. Ouvrez le message et téléchargez-les d'abord pour les transférer.", "Não anexados, ainda no servidor de email: %1. Abra a mensagem e transfira-os primeiro para os reencaminhar."),
    },

    # --- the Outbox -----------------------------------------------------------------------------
    "OutboxView": {
        "Not sent": ("No enviado", "Non envoyé", "Não enviada"),
        "Waiting": ("En espera", "En attente", "Em espera"),
        "Sent": ("Enviado", "Envoyé", "Enviada"),
        "Copy to the Sent folder pending": ("Falta la copia en la carpeta Enviados", "Copie dans le dossier Envoyés en attente", "Cópia para a pasta Enviados pendente"),
        "Outbox": _OUTBOX,
        "To": _TO,
        "Subject": _SUBJECT,
        "Status": ("Estado", "Statut", "Estado"),
        # The column says why a message is not sent yet.
        "Details": ("Detalles", "Détails", "Detalhes"),
        "When": ("Cuándo", "Quand", "Quando"),
        "The Outbox is empty": ("La bandeja de salida está vacía", "La boîte d'envoi est vide", "A caixa de saída está vazia"),
        "Messages wait here while there is no connection to your email server, and go out as soon as there is.": ("Los mensajes esperan aquí mientras no hay conexión con tu servidor de correo, y salen en cuanto la hay.", "Les messages attendent ici tant qu'il n'y a pas de connexion à votre serveur de courriel, et partent dès qu'elle revient.", "As mensagens esperam aqui enquanto não há ligação ao seu servidor de email, e saem assim que houver."),
        "Retry": ("Reintentar", "Réessayer", "Tentar de novo"),
        "Try to send the selected message now": ("Intentar enviar ahora el mensaje seleccionado", "Essayer d'envoyer maintenant le message sélectionné", "Tentar enviar agora a mensagem selecionada"),
        "Discard…": ("Descartar…", "Abandonner…", "Descartar…"),
        "Close": _CLOSE,
        "%n message(s) waiting to be sent.": (("%n mensaje en espera de envío.", "%n mensajes en espera de envío."), ("%n message en attente d'envoi.", "%n messages en attente d'envoi."), ("%n mensagem à espera de envio.", "%n mensagens à espera de envio.")),
        "%n message(s) refused by the server.": (("%n mensaje rechazado por el servidor.", "%n mensajes rechazados por el servidor."), ("%n message refusé par le serveur.", "%n messages refusés par le serveur."), ("%n mensagem recusada pelo servidor.", "%n mensagens recusadas pelo servidor.")),
        "Nothing waits to be sent. Messages sent in the last %1 days are listed here too.": ("No hay nada pendiente de envío. Aquí también aparecen los mensajes enviados en los últimos %1 días.", "Rien n'attend d'être envoyé. Les messages envoyés ces %1 derniers jours sont aussi listés ici.", "Nada está à espera de envio. As mensagens enviadas nos últimos %1 dias também aparecem aqui."),
        "(no subject)": _NO_SUBJECT,
        "The server refused this message.\n%1\nIf an address was mistyped, discard this message and write it again; otherwise try again with Retry.": ("El servidor rechazó este mensaje.\n%1\nSi una dirección estaba mal escrita, descarta este mensaje y vuelve a escribirlo; si no, inténtalo de nuevo con Reintentar.", "Le serveur a refusé ce message.\n%1\nSi une adresse était mal saisie, abandonnez ce message et rédigez-le à nouveau ; sinon, réessayez avec Réessayer.", "O servidor recusou esta mensagem.\n%1\nSe um endereço estava mal escrito, descarte esta mensagem e escreva-a de novo; caso contrário, tente novamente com Tentar de novo."),
        "Not sent yet: %1\nIt is sent as soon as the connection is back.": ("Aún no enviado: %1\nSe enviará en cuanto vuelva la conexión.", "Pas encore envoyé : %1\nIl partira dès le retour de la connexion.", "Ainda não enviada: %1\nÉ enviada assim que a ligação voltar."),
        "Waiting for its turn to be sent.": ("Esperando su turno para enviarse.", "En attente de son tour d'envoi.", "À espera da sua vez de ser enviada."),
        "Sent to %2.": ("Enviado a %2.", "Envoyé à %2.", "Enviada para %2."),
        "It goes out as soon as Consulta is connected to your email server.": ("Sale en cuanto Consulta se conecte a tu servidor de correo.", "Il part dès que Consulta est connecté à votre serveur de courriel.", "Sai assim que o Consulta estiver ligado ao seu servidor de email."),
        "Discard message": _DISCARD_MESSAGE,
        "Discard “%1”? It has not been sent and will not be.": ("¿Descartar «%1»? No se ha enviado y ya no se enviará.", "Abandonner « %1 » ? Il n'a pas été envoyé et ne le sera pas.", "Descartar «%1»? Não foi enviada e não vai ser."),
        "Discard": _DISCARD,
    },

    # --- the status bar's sync state ------------------------------------------------------------
    "MailStatusWidget": {
        "Email sync: click for details": ("Sincronización del correo: haz clic para ver los detalles", "Synchronisation du courriel : cliquez pour les détails", "Sincronização do email: clique para ver os detalhes"),
        "Sync now": _SYNC_NOW,
        "Check for new email and send the Outbox now (F5)": ("Buscar correo nuevo y enviar ahora la bandeja de salida (F5)", "Relever les nouveaux courriels et envoyer la boîte d'envoi maintenant (F5)", "Procurar email novo e enviar agora a caixa de saída (F5)"),
        "Checking for new email…": ("Buscando correo nuevo…", "Relève des nouveaux courriels…", "A procurar email novo…"),
        "Preparing %Ln new message(s)…": (("Preparando %Ln mensaje nuevo…", "Preparando %Ln mensajes nuevos…"), ("Préparation de %Ln nouveau message…", "Préparation de %Ln nouveaux messages…"), ("A preparar %Ln mensagem nova…", "A preparar %Ln mensagens novas…")),
        "Syncing %1 of %2": ("Sincronizando %1 de %2", "Synchronisation : %1 sur %2", "A sincronizar %1 de %2"),
        "Login failed — click for details": ("Error al iniciar sesión: haz clic para ver los detalles", "Échec de l'identification — cliquez pour les détails", "Falha no início de sessão — clique para ver os detalhes"),
        "%1 — retrying in %2": ("%1 — nuevo intento en %2", "%1 — nouvel essai dans %2", "%1 — nova tentativa dentro de %2"),
        "%1 — click for details": ("%1 — haz clic para ver los detalles", "%1 — cliquez pour les détails", "%1 — clique para ver os detalhes"),
        "%n message(s) waiting to be sent": (("%n mensaje en espera de envío", "%n mensajes en espera de envío"), ("%n message en attente d'envoi", "%n messages en attente d'envoi"), ("%n mensagem à espera de envio", "%n mensagens à espera de envio")),
        "Offline": ("Sin conexión", "Hors ligne", "Sem ligação"),
        "Login failed": ("Error al iniciar sesión", "Échec de l'identification", "Falha no início de sessão"),
        "Certificate problem": ("Problema con el certificado", "Problème de certificat", "Problema com o certificado"),
        "Mail server error": ("Error del servidor de correo", "Erreur du serveur de courriel", "Erro do servidor de email"),
        "Not synced yet": ("Aún sin sincronizar", "Pas encore synchronisé", "Ainda não sincronizado"),
        "Email": ("Correo", "Courriel", "Email"),
        "Synced at %1": ("Sincronizado a las %1", "Synchronisé à %1", "Sincronizado às %1"),
        "Synced on %1 at %2": ("Sincronizado el %1 a las %2", "Synchronisé le %1 à %2", "Sincronizado em %1 às %2"),
        "%n s": (("%n s", "%n s"), ("%n s", "%n s"), ("%n s", "%n s")),
        "%n min": (("%n min", "%n min"), ("%n min", "%n min"), ("%n min", "%n min")),
        "Email sync": ("Sincronización del correo", "Synchronisation du courriel", "Sincronização do email"),
        # The details box: its letters beside the standard Close button.
        "Email &settings…": ("&Configuración del correo…", "&Paramètres du courriel…", "&Definições de email…"),
        "Sync &now": ("Sincronizar a&hora", "Synchroniser &maintenant", "Sincronizar &agora"),
        "Consulta does not try again by itself, so that your provider does not lock the account. Check the password in Settings → Email, or choose Sync now.": ("Consulta no vuelve a intentarlo por sí solo, para que tu proveedor no bloquee la cuenta. Comprueba la contraseña en Configuración → Correo electrónico, o elige Sincronizar ahora.", "Consulta ne réessaie pas de lui-même, pour que votre fournisseur ne bloque pas le compte. Vérifiez le mot de passe dans Paramètres → Courriel, ou choisissez Synchroniser maintenant.", "O Consulta não volta a tentar sozinho, para que o seu fornecedor não bloqueie a conta. Verifique a palavra-passe em Definições → Email, ou escolha Sincronizar agora."),
        "Consulta tries again in %1.": ("Consulta lo volverá a intentar dentro de %1.", "Consulta réessaiera dans %1.", "O Consulta volta a tentar dentro de %1."),
        "Sending: %1": ("Envío: %1", "Envoi : %1", "Envio: %1"),
        "Consulta checks for new email every few minutes, and at once when your server announces new mail.": ("Consulta busca correo nuevo cada pocos minutos, y al momento cuando tu servidor avisa de que ha llegado correo.", "Consulta relève les nouveaux courriels toutes les quelques minutes, et aussitôt que votre serveur annonce du courrier.", "O Consulta procura email novo de poucos em poucos minutos, e de imediato quando o seu servidor anuncia correio novo."),
    },
    "MainWindow": {
        # The File menu: &Nuevo cliente, Nuevo &contacto, &Hacer copia, Cambiar la &frase,
        # &Bloquear, &Salir (and the other languages' letters) are taken.
        "S&ync email now": ("Sinc&ronizar el correo ahora", "S&ynchroniser le courriel maintenant", "S&incronizar o email agora"),
    },

    # --- a client's Inbox tab -------------------------------------------------------------------
    "InboxTab": {
        "+ Compose": _COMPOSE,
        # "Send appointment reminders by email" "in" [language]
        "Send appointment reminders by email": ("Enviar recordatorios de citas por correo", "Envoyer des rappels de rendez-vous par courriel", "Enviar lembretes de consultas por email"),
        "Language of the reminders": ("Idioma de los recordatorios", "Langue des rappels", "Idioma dos lembretes"),
        "in": ("en", "en", "em"),
        "Email": ("Correo electrónico", "Courriel", "Email"),
        "Add an email address in the Personal tab first.": ("Añade primero una dirección de correo en la pestaña Personal.", "Ajoutez d'abord une adresse électronique dans l'onglet Infos personnelles.", "Adicione primeiro um endereço de email no separador Pessoal."),
        "No email with this client yet. Messages to and from their addresses show here, older ones too.": ("Todavía no hay correos con este cliente. Aquí aparecen los mensajes enviados a sus direcciones y recibidos de ellas, también los antiguos.", "Pas encore de courriels avec ce client. Les messages envoyés à ses adresses ou reçus de celles-ci s'affichent ici, même les plus anciens.", "Ainda não há emails com este cliente. As mensagens enviadas para os seus endereços e recebidas deles aparecem aqui, as antigas também."),
        "Set up your email account in Settings → Email to see your messages with this client here.": ("Configura tu cuenta de correo en Configuración → Correo electrónico para ver aquí tus mensajes con este cliente.", "Configurez votre compte de courriel dans Paramètres → Courriel pour voir ici vos messages avec ce client.", "Configure a sua conta de email em Definições → Email para ver aqui as suas mensagens com este cliente."),
        "(no subject)": _NO_SUBJECT,
        "You": ("Yo", "Moi", "Eu"),
        "Add an email address in the Personal tab to send reminders.": ("Añade una dirección de correo en la pestaña Personal para enviar recordatorios.", "Ajoutez une adresse électronique dans l'onglet Infos personnelles pour envoyer des rappels.", "Adicione um endereço de email no separador Pessoal para enviar lembretes."),
        "They start once your email account is set up.": ("Empezarán cuando tu cuenta de correo esté configurada.", "Ils commenceront une fois votre compte de courriel configuré.", "Começam quando a sua conta de email estiver configurada."),
    },
    "InboxTabText": {
        "%n conversation(s)": (("%n conversación", "%n conversaciones"), ("%n conversation", "%n conversations"), ("%n conversa", "%n conversas")),
        "%n message(s)": _MESSAGES_N,
        "Sent from your email account %n hour(s) before each appointment, with its date and time only: no health details.": (("Se envían desde tu cuenta de correo %n hora antes de cada cita, solo con su fecha y hora: ningún dato de salud.", "Se envían desde tu cuenta de correo %n horas antes de cada cita, solo con su fecha y hora: ningún dato de salud."), ("Envoyés depuis votre compte de courriel %n heure avant chaque rendez-vous, avec seulement sa date et son heure : aucune information de santé.", "Envoyés depuis votre compte de courriel %n heures avant chaque rendez-vous, avec seulement sa date et son heure : aucune information de santé."), ("Enviados a partir da sua conta de email %n hora antes de cada consulta, só com a data e a hora: nenhum dado de saúde.", "Enviados a partir da sua conta de email %n horas antes de cada consulta, só com a data e a hora: nenhum dado de saúde.")),
    },

    # --- Settings → Email -----------------------------------------------------------------------
    "EmailSettingsPage": {
        "Connect the email account you use with clients. Consulta brings its mail in the background, files each message to the client it belongs to (Inbox tab), and sends from this account.": ("Conecta la cuenta de correo que usas con tus clientes. Consulta trae su correo en segundo plano, archiva cada mensaje en la ficha del cliente al que corresponde (pestaña Bandeja de entrada) y envía desde esta cuenta.", "Connectez le compte de courriel que vous utilisez avec vos clients. Consulta récupère son courrier en arrière-plan, classe chaque message dans le dossier du client concerné (onglet Boîte de réception) et envoie depuis ce compte.", "Ligue a conta de email que usa com os clientes. O Consulta traz o correio em segundo plano, arquiva cada mensagem na ficha do cliente a que pertence (separador Caixa de entrada) e envia a partir desta conta."),
        "you@example.com": ("tu@ejemplo.com", "vous@exemple.fr", "o.seu.nome@exemplo.pt"),
        "Left empty, the server name, user name and password of incoming mail are used.": ("Si se deja vacío, se usan el servidor, el nombre de usuario y la contraseña del correo entrante.", "Laissés vides, le serveur, le nom d'utilisateur et le mot de passe du courrier entrant sont utilisés.", "Se ficar vazio, são usados o servidor, o nome de utilizador e a palavra-passe do correio de entrada."),
        "None: the system's trusted authorities": ("Ninguna: las autoridades de confianza del sistema", "Aucune : les autorités de confiance du système", "Nenhuma: as autoridades de confiança do sistema"),
        "C&hoose…": ("&Elegir…", "&Choisir…", "Es&colher…"),
        "Only for a self-hosted server with its own certificate authority. Certificates are always checked.": ("Solo para un servidor propio con su propia autoridad de certificación. Los certificados siempre se comprueban.", "Seulement pour un serveur auto-hébergé avec sa propre autorité de certification. Les certificats sont toujours vérifiés.", "Só para um servidor próprio com a sua própria autoridade de certificação. Os certificados são sempre verificados."),
        "Everything": ("Todo", "Tout", "Tudo"),
        # "Fetch mail from the last [30 days]"; "Send reminders [24 hours before]"
        " days": (" días", " jours", " dias"),
        " hours before": (" horas antes", " heures avant", " horas antes"),
        "&Load folders from the server": ("Cargar carpetas del &servidor", "Charger les dossiers du &serveur", "Carregar as pastas do &servidor"),
        "The inbox and the sent folder are always synced. Load the server's other folders to tick some to sync too.": ("La bandeja de entrada y la carpeta de enviados siempre se sincronizan. Carga las demás carpetas del servidor para marcar otras que sincronizar.", "La boîte de réception et le dossier des envoyés sont toujours synchronisés. Chargez les autres dossiers du serveur pour en cocher d'autres à synchroniser.", "A caixa de entrada e a pasta de enviados são sempre sincronizadas. Carregue as outras pastas do servidor para assinalar outras a sincronizar."),
        "&Test connection": ("&Probar la conexión", "&Tester la connexion", "&Testar a ligação"),
        "Save email settings": ("Guardar la configuración del correo", "Enregistrer les paramètres du courriel", "Guardar as definições de email"),
        "Reminders are switched on for each client, in their Inbox tab, with the language to write in. They give the date and time only, never health details, and go out from this account like any message in the Outbox.": ("Los recordatorios se activan para cada cliente en su pestaña Bandeja de entrada, con el idioma en que escribirle. Solo dan la fecha y la hora, nunca datos de salud, y salen desde esta cuenta como cualquier mensaje de la bandeja de salida.", "Les rappels s'activent pour chaque client, dans son onglet Boîte de réception, avec la langue dans laquelle lui écrire. Ils ne donnent que la date et l'heure, jamais d'informations de santé, et partent de ce compte comme tout message de la boîte d'envoi.", "Os lembretes são ativados para cada cliente, no seu separador Caixa de entrada, com o idioma em que lhe escrever. Só indicam a data e a hora, nunca dados de saúde, e saem desta conta como qualquer mensagem da caixa de saída."),
        "&Email address": ("&Dirección de correo", "Adr&esse électronique", "&Endereço de email"),
        "&Name shown to recipients": ("&Nombre que ven los destinatarios", "&Nom affiché aux destinataires", "&Nome mostrado aos destinatários"),
        "Incoming mail (IMAP)": _INCOMING,
        "Outgoing mail (SMTP)": _OUTGOING,
        "Security": _SECURITY,
        "Certificate &authority": ("Autoridad de &certificación", "A&utorité de certification", "&Autoridade de certificação"),
        "What to sync": ("Qué sincronizar", "Quoi synchroniser", "O que sincronizar"),
        "Fetch mail from the &last": ("Traer el correo de &los últimos", "Récupérer le courrier des &derniers", "Obter o correio dos ú&ltimos"),
        "Older mail of a client is still fetched when you add the client or their address.": ("El correo más antiguo de un cliente se trae igualmente cuando añades el cliente o su dirección.", "Le courrier plus ancien d'un client est tout de même récupéré quand vous ajoutez ce client ou son adresse.", "O correio mais antigo de um cliente continua a ser obtido quando adiciona o cliente ou o seu endereço."),
        "Other folders": ("Otras carpetas", "Autres dossiers", "Outras pastas"),
        "Appointment reminders": ("Recordatorios de citas", "Rappels de rendez-vous", "Lembretes de consultas"),
        "Send &reminders": ("Enviar &recordatorios", "Envoyer les &rappels", "Enviar lemb&retes"),
        "Saved — type a new one to change it": ("Guardada; escribe otra para cambiarla", "Enregistré — saisissez-en un nouveau pour le changer", "Guardada — escreva outra para a alterar"),
        "Same as incoming": ("Igual que la del correo entrante", "Identique au courrier entrant", "Igual à do correio de entrada"),
        "Passwords are kept in this computer's keyring, not in the workspace file.": ("Las contraseñas se guardan en el llavero de este ordenador, no en el archivo del espacio de trabajo.", "Les mots de passe sont conservés dans le trousseau de clés de cet ordinateur, pas dans le fichier de l'espace de travail.", "As palavras-passe ficam no porta-chaves deste computador, não no ficheiro do espaço de trabalho."),
        "This computer has no keyring service, so passwords are kept inside the encrypted workspace file.": ("Este ordenador no tiene servicio de llavero, así que las contraseñas se guardan dentro del archivo cifrado del espacio de trabajo.", "Cet ordinateur n'a pas de service de trousseau de clés : les mots de passe sont conservés dans le fichier chiffré de l'espace de travail.", "Este computador não tem serviço de porta-chaves, por isso as palavras-passe ficam dentro do ficheiro encriptado do espaço de trabalho."),
        "Enter the incoming mail server and your user name.": ("Escribe el servidor de correo entrante y tu nombre de usuario.", "Saisissez le serveur de courrier entrant et votre nom d'utilisateur.", "Introduza o servidor de correio de entrada e o seu nome de utilizador."),
        "Choose the certificate authority file": ("Elige el archivo de la autoridad de certificación", "Choisissez le fichier de l'autorité de certification", "Escolha o ficheiro da autoridade de certificação"),
        "Certificates (*.pem *.crt *.cer);;All files (*)": ("Certificados (*.pem *.crt *.cer);;Todos los archivos (*)", "Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)", "Certificados (*.pem *.crt *.cer);;Todos os ficheiros (*)"),
        "Enter the password of your email account.": ("Escribe la contraseña de tu cuenta de correo.", "Saisissez le mot de passe de votre compte de courriel.", "Introduza a palavra-passe da sua conta de email."),
        "Email settings saved. The passwords are in this computer's keyring.": ("Configuración del correo guardada. Las contraseñas están en el llavero de este ordenador.", "Paramètres du courriel enregistrés. Les mots de passe sont dans le trousseau de clés de cet ordinateur.", "Definições de email guardadas. As palavras-passe estão no porta-chaves deste computador."),
        "Email settings saved. The passwords are inside the encrypted workspace file (this computer has no keyring).": ("Configuración del correo guardada. Las contraseñas están dentro del archivo cifrado del espacio de trabajo (este ordenador no tiene llavero).", "Paramètres du courriel enregistrés. Les mots de passe sont dans le fichier chiffré de l'espace de travail (cet ordinateur n'a pas de trousseau de clés).", "Definições de email guardadas. As palavras-passe estão dentro do ficheiro encriptado do espaço de trabalho (este computador não tem porta-chaves)."),
        "Reminders now go out %n hour(s) before an appointment.": (("Los recordatorios salen ahora %n hora antes de una cita.", "Los recordatorios salen ahora %n horas antes de una cita."), ("Les rappels partent désormais %n heure avant un rendez-vous.", "Les rappels partent désormais %n heures avant un rendez-vous."), ("Os lembretes passam a sair %n hora antes de uma consulta.", "Os lembretes passam a sair %n horas antes de uma consulta.")),
        "Settings: the email account": ("Configuración: la cuenta de correo", "Paramètres : le compte de courriel", "Definições: a conta de email"),
    },
    "ServerFields": {
        "TLS (encrypted from the start)": ("TLS (cifrado desde el principio)", "TLS (chiffré dès le début)", "TLS (encriptado desde o início)"),
        "STARTTLS (encrypted after connecting)": ("STARTTLS (cifrado tras conectar)", "STARTTLS (chiffré après la connexion)", "STARTTLS (encriptado depois de ligar)"),
        "Port": ("Puerto", "Port", "Porta"),
        "Server": ("Servidor", "Serveur", "Servidor"),
        "Security": _SECURITY,
        "User name": ("Nombre de usuario", "Nom d'utilisateur", "Nome de utilizador"),
        "Password": ("Contraseña", "Mot de passe", "Palavra-passe"),
    },
    "ConnectionResult": {
        "Finding the server (DNS)": ("Encontrar el servidor (DNS)", "Recherche du serveur (DNS)", "Encontrar o servidor (DNS)"),
        "Connecting": ("Conexión", "Connexion", "Ligação"),
        "Security certificate (TLS)": ("Certificado de seguridad (TLS)", "Certificat de sécurité (TLS)", "Certificado de segurança (TLS)"),
        "Logging in": ("Inicio de sesión", "Identification", "Início de sessão"),
        "Server features": ("Funciones del servidor", "Fonctions du serveur", "Funcionalidades do servidor"),
        "Server answer": ("Respuesta del servidor", "Réponse du serveur", "Resposta do servidor"),
        "Testing the connection…": ("Probando la conexión…", "Test de la connexion…", "A testar a ligação…"),
        "Incoming mail (IMAP)": _INCOMING,
        "Outgoing mail (SMTP)": _OUTGOING,
        "connected and logged in; the inbox opens.": ("conectado y con sesión iniciada; la bandeja de entrada se abre.", "connecté et identifié ; la boîte de réception s'ouvre.", "ligado e com sessão iniciada; a caixa de entrada abre."),
        "connected and logged in; ready to send.": ("conectado y con sesión iniciada; listo para enviar.", "connecté et identifié ; prêt à envoyer.", "ligado e com sessão iniciada; pronto para enviar."),
        "✗ failed at “%1”": ("✗ falló en «%1»", "✗ échec à l'étape « %1 »", "✗ falhou em «%1»"),
    },
}

BY_CONTEXT: dict[tuple[str, str], tuple] = {
    (context, source): texts
    for context, messages in _CONTEXTS.items()
    for source, texts in messages.items()
}
