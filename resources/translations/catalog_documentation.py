"""Documentation: the client's Documentation tab (notes, filled-in forms, uploaded files, its
trash), the note editor and its dialogs (addendum, share, trash, link, table), the file
preview, filling in a form, the Templates area and its editors, the global search, and their
core messages.

Merged into catalog.py (see its docstring). Every entry is keyed by context, as in
catalog_scheduling.py, so that "Details", "Draft" or "Saved %1" can read differently here and
in billing or the Personal tab.

Vocabulary (as practitioners read it in the hosted product's help): note = nota / note / nota;
draft = borrador / brouillon / rascunho; complete a note = completar / terminer / concluir
(its status: Completada / Terminé / Concluída, shared with appointments); addendum = adenda /
addendum / adenda (addenda: adendas / addenda / adendas); template = plantilla / modèle /
modelo; intake form = formulario de admisión / formulaire d'accueil / formulário de admissão
(the French shipped form is the "Questionnaire d'accueil"); fill in a form = rellenar / remplir
/ preencher; share = compartir / partager / partilhar; make private = hacer privada / rendre
privée / tornar privada; upload files = subir / téléverser / carregar; the record = la ficha /
le dossier / a ficha; trash = papelera / corbeille / lixo. Portuguese is European (ficheiro,
guardar, transferir).

Shortcut letters: each dialog's letters are unique and avoid the menu bar's (es A, I, Y;
fr F, L, A; pt F, I, J) where the widget lives in the main window (the Templates area).
"""

# ruff: noqa: E501

from __future__ import annotations

# --- shared texts -------------------------------------------------------------------------------

_DRAFT = ("Borrador", "Brouillon", "Rascunho")
_SHARED = ("Compartida", "Partagé", "Partilhada")
_SAVED_AT = ("Guardado a las %1", "Enregistré à %1", "Guardado às %1")  # a time
_NOT_FOUND = ("No encontrado", "Introuvable", "Não encontrado")
_SAVE_COPY_MENU = ("Guardar una copia…", "Enregistrer une copie…", "Guardar uma cópia…")
_EXPORT_PDF_MENU = ("Exportar PDF…", "Exporter en PDF…", "Exportar PDF…")
_OPEN = ("Abrir", "Ouvrir", "Abrir")
_CLOSE = ("Cerrar", "Fermer", "Fechar")
_PREVIEW = ("Vista previa", "Aperçu", "Pré-visualizar")
_DUPLICATE = ("Duplicar", "Dupliquer", "Duplicar")
_DISCARD = ("Descartar", "Abandonner", "Descartar")
_DISCARD_CHANGES_Q = ("¿Descartar los cambios?", "Abandonner les modifications ?", "Descartar as alterações?")
_NO_NAME = ("(sin nombre)", "(sans nom)", "(sem nome)")
_REQUIRED = ("obligatoria", "obligatoire", "obrigatória")
_NAME = ("&Nombre", "&Nom", "&Nome")
_NEW_NOTE = ("Nota nueva", "Nouvelle note", "Nova nota")
_NEW_NOTE_TEMPLATE = ("Nueva plantilla de nota", "Nouveau modèle de note", "Novo modelo de nota")
_NEW_INTAKE_FORM = ("Nuevo formulario de admisión", "Nouveau formulaire d'accueil", "Novo formulário de admissão")
_DELETE_DRAFT = ("Eliminar borrador", "Supprimer le brouillon", "Eliminar rascunho")
_DELETE_DRAFT_MENU = ("Eliminar borrador…", "Supprimer le brouillon…", "Eliminar rascunho…")
_SHARE_MENU = ("Compartir…", "Partager…", "Partilhar…")
_PDF_NOT_SAVED = ("No se ha guardado el PDF", "Le PDF n'a pas été enregistré", "O PDF não foi guardado")
_COPY_NOT_SAVED = ("No se ha guardado la copia", "La copie n'a pas été enregistrée", "A cópia não foi guardada")
_NO_TITLE_YET = ("Ponle un título a la nota antes de completarla.", "Donnez un titre à la note avant de la terminer.", "Dê um título à nota antes de a concluir.")
_NOTE_EMPTY = ("La nota está vacía. Escribe algo antes de completarla.", "La note est vide. Écrivez quelque chose avant de la terminer.", "A nota está vazia. Escreva algo antes de a concluir.")
_FORM_TEMPLATE_GONE = ("Esa plantilla de formulario ya no existe.", "Ce modèle de formulaire n'existe plus.", "Esse modelo de formulário já não existe.")
_FORM_IN_TRASH = ("Este formulario está en la papelera. Restáuralo primero.", "Ce formulaire est dans la corbeille. Restaurez-le d'abord.", "Este formulário está no lixo. Restaure-o primeiro.")
_COULD_NOT_READ = ("No se pudo leer «%1»: %2", "« %1 » n'a pas pu être lu : %2", "Não foi possível ler «%1»: %2")
_OUT_OF = ("%1 de %2", "%1 sur %2", "%1 de %2")
_ANSWER_REQUIRED = ("Hace falta una respuesta", "Une réponse est obligatoire", "É obrigatória uma resposta")
_SEARCH_ALL = ("Buscar clientes, contactos, notas y formularios", "Rechercher des clients, des contacts, des notes et des formulaires", "Pesquisar clientes, contactos, notas e formulários")

_CONTEXTS: dict[str, dict[str, tuple]] = {
    "Core": {
        # app/services/documentation.py: kinds and statuses in the Documentation list
        # ("Completed" is shared with appointments, in catalog_scheduling.py).
        "Note": ("Nota", "Note", "Nota"),
        "Form": ("Formulario", "Formulaire", "Formulário"),
        "File": ("Archivo", "Fichier", "Ficheiro"),
        "Draft": _DRAFT,
        "Shared": _SHARED,
        "This client is in the trash. Restore the client to add documentation.": ("Este cliente está en la papelera. Restáuralo para añadir documentación.", "Ce client est dans la corbeille. Restaurez-le pour ajouter des documents.", "Este cliente está no lixo. Restaure-o para adicionar documentação."),
        # app/services/notes.py
        "Choose the note's date.": ("Elige la fecha de la nota.", "Choisissez la date de la note.", "Escolha a data da nota."),
        "That appointment is not one of this client's.": ("Esa cita no es de este cliente.", "Ce rendez-vous n'est pas celui de ce client.", "Essa consulta não é deste cliente."),
        "This note no longer exists.": ("Esta nota ya no existe.", "Cette note n'existe plus.", "Esta nota já não existe."),
        "This text is too long to save (over 10 MB). Remove large pasted images.": ("Este texto es demasiado largo para guardarlo (más de 10 MB). Quita las imágenes grandes que hayas pegado.", "Ce texte est trop long pour être enregistré (plus de 10 Mo). Retirez les grandes images collées.", "Este texto é demasiado longo para ser guardado (mais de 10 MB). Remova as imagens grandes que colou."),
        "That template no longer exists.": ("Esa plantilla ya no existe.", "Ce modèle n'existe plus.", "Esse modelo já não existe."),
        # app/services/templates.py (and the note and form rules it checks)
        "A completed note cannot be deleted. Move it to the trash with a reason.": ("Una nota completada no se puede eliminar. Muévela a la papelera indicando el motivo.", "Une note terminée ne peut pas être supprimée. Mettez-la à la corbeille en indiquant la raison.", "Uma nota concluída não pode ser eliminada. Mova-a para o lixo indicando o motivo."),
        "A draft is deleted, not trashed.": ("Un borrador se elimina, no se mueve a la papelera.", "Un brouillon se supprime, il ne va pas à la corbeille.", "Um rascunho é eliminado, não vai para o lixo."),
        "Addenda are for completed notes; a draft can still be edited.": ("Las adendas son para notas completadas; un borrador todavía se puede editar.", "Les addenda sont pour les notes terminées ; un brouillon peut encore être modifié.", "As adendas são para notas concluídas; um rascunho ainda pode ser editado."),
        "Give the note a title before completing it.": _NO_TITLE_YET,
        "Give the template a name.": ("Ponle un nombre a la plantilla.", "Donnez un nom au modèle.", "Dê um nome ao modelo."),
        "Move the form to the trash before deleting it for good.": ("Mueve el formulario a la papelera antes de eliminarlo definitivamente.", "Mettez le formulaire à la corbeille avant de le supprimer définitivement.", "Mova o formulário para o lixo antes de o eliminar definitivamente."),
        "Only a completed note can be shared. Complete it first.": ("Solo se puede compartir una nota completada. Complétala primero.", "Seule une note terminée peut être partagée. Terminez-la d'abord.", "Só uma nota concluída pode ser partilhada. Conclua-a primeiro."),
        "Say why this note is being moved to the trash.": ("Indica por qué mueves esta nota a la papelera.", "Indiquez pourquoi cette note est mise à la corbeille.", "Indique porque é que esta nota vai para o lixo."),
        "The addendum is empty.": ("La adenda está vacía.", "L'addendum est vide.", "A adenda está vazia."),
        "The note is empty. Write something before completing it.": _NOTE_EMPTY,
        "This form is in the trash. Restore it first.": _FORM_IN_TRASH,
        "This note is completed and can no longer be changed. Add an addendum instead.": ("Esta nota está completada y ya no se puede cambiar. Añade una adenda.", "Cette note est terminée et ne peut plus être modifiée. Ajoutez plutôt un addendum.", "Esta nota está concluída e já não pode ser alterada. Adicione antes uma adenda."),
        "This note is in the trash. Restore it first.": ("Esta nota está en la papelera. Restáurala primero.", "Cette note est dans la corbeille. Restaurez-la d'abord.", "Esta nota está no lixo. Restaure-a primeiro."),
        # app/services/forms.py: question types (with "Long text", "Single choice", "Multiple
        # choice" and "Date", already translated for custom fields)
        "Short text": ("Texto corto", "Texte court", "Texto curto"),
        "Yes / no": ("Sí / no", "Oui / non", "Sim / não"),
        "Scale 1–10": ("Escala 1–10", "Échelle 1–10", "Escala 1–10"),
        "Signature (name and date)": ("Firma (nombre y fecha)", "Signature (nom et date)", "Assinatura (nome e data)"),
        "Heading": ("Título", "Titre", "Título"),
        "Add at least one question.": ("Añade al menos una pregunta.", "Ajoutez au moins une question.", "Adicione pelo menos uma pergunta."),
        "A form can have at most {n} questions.": ("Un formulario puede tener {n} preguntas como máximo.", "Un formulaire peut compter {n} questions au plus.", "Um formulário pode ter no máximo {n} perguntas."),
        "Question {n} has no type; choose one from the list.": ("La pregunta {n} no tiene tipo; elige uno de la lista.", "La question {n} n'a pas de type ; choisissez-en un dans la liste.", "A pergunta {n} não tem tipo; escolha um da lista."),
        "Question {n} needs a text.": ("La pregunta {n} necesita un texto.", "La question {n} a besoin d'un texte.", "A pergunta {n} precisa de um texto."),
        "Two questions have the same identifier “{id}”.": ("Dos preguntas tienen el mismo identificador «{id}».", "Deux questions ont le même identifiant « {id} ».", "Duas perguntas têm o mesmo identificador «{id}»."),
        "“{label}” needs at least two different options.": ("«{label}» necesita al menos dos opciones distintas.", "« {label} » a besoin d'au moins deux options différentes.", "«{label}» precisa de pelo menos duas opções diferentes."),
        "“{label}”: “{value}” is not a date.": ("«{label}»: «{value}» no es una fecha.", "« {label} » : « {value} » n'est pas une date.", "«{label}»: «{value}» não é uma data."),
        "“{label}”: the answer is too long.": ("«{label}»: la respuesta es demasiado larga.", "« {label} » : la réponse est trop longue.", "«{label}»: a resposta é demasiado longa."),
        "“{label}”: choose one of the options.": ("«{label}»: elige una de las opciones.", "« {label} » : choisissez l'une des options.", "«{label}»: escolha uma das opções."),
        "“{label}”: choose among the options.": ("«{label}»: elige entre las opciones.", "« {label} » : choisissez parmi les options.", "«{label}»: escolha entre as opções."),
        "“{label}”: answer yes or no.": ("«{label}»: responde sí o no.", "« {label} » : répondez oui ou non.", "«{label}»: responda sim ou não."),
        "“{label}”: choose a number from {low} to {high}.": ("«{label}»: elige un número del {low} al {high}.", "« {label} » : choisissez un nombre de {low} à {high}.", "«{label}»: escolha um número de {low} a {high}."),
        "“{label}”: enter the name and the date.": ("«{label}»: escribe el nombre y la fecha.", "« {label} » : saisissez le nom et la date.", "«{label}»: introduza o nome e a data."),
        "“{label}”: enter both the name and the date.": ("«{label}»: escribe tanto el nombre como la fecha.", "« {label} » : saisissez à la fois le nom et la date.", "«{label}»: introduza tanto o nome como a data."),
        "“{label}” takes no answer.": ("«{label}» no lleva respuesta.", "« {label} » n'attend pas de réponse.", "«{label}» não leva resposta."),
        "Please answer “{label}”.": ("Responde a «{label}».", "Répondez à « {label} ».", "Responda a «{label}»."),
        "This form no longer exists.": ("Este formulario ya no existe.", "Ce formulaire n'existe plus.", "Este formulário já não existe."),
        "That form template no longer exists.": _FORM_TEMPLATE_GONE,
        # app/services/files.py
        "Give the file a name.": ("Ponle un nombre al archivo.", "Donnez un nom au fichier.", "Dê um nome ao ficheiro."),
        "This file no longer exists.": ("Este archivo ya no existe.", "Ce fichier n'existe plus.", "Este ficheiro já não existe."),
        "“{name}” cannot be read: {reason}": ("No se puede leer «{name}»: {reason}", "« {name} » ne peut pas être lu : {reason}", "Não é possível ler «{name}»: {reason}"),
        "“{name}” changed while it was being added. Try again.": ("«{name}» cambió mientras se añadía. Vuelve a intentarlo.", "« {name} » a changé pendant son ajout. Réessayez.", "«{name}» mudou enquanto estava a ser adicionado. Tente novamente."),
        "“{name}” is {size}, over the {limit} limit for one file. It was not added. (The limit is in Settings → General.)": ("«{name}» ocupa {size}, más que el límite de {limit} por archivo. No se ha añadido. (El límite está en Configuración → General.)", "« {name} » fait {size}, au-delà de la limite de {limit} par fichier. Il n'a pas été ajouté. (La limite se règle dans Paramètres → Général.)", "«{name}» tem {size}, acima do limite de {limit} por ficheiro. Não foi adicionado. (O limite está em Definições → Geral.)"),
    },

    # --- the Documentation tab ------------------------------------------------------------------
    "DocumentationTab": {
        "New note": _NEW_NOTE,
        "From template…": ("Desde plantilla…", "À partir d'un modèle…", "A partir de modelo…"),
        "Fill in a form…": ("Rellenar un formulario…", "Remplir un formulaire…", "Preencher um formulário…"),
        "Upload files…": ("Subir archivos…", "Téléverser des fichiers…", "Carregar ficheiros…"),
        "Or drop files onto this tab": ("O arrastra archivos a esta pestaña", "Ou déposez des fichiers sur cet onglet", "Ou arraste ficheiros para este separador"),
        "All": ("Todo", "Tout", "Tudo"),
        "Notes": ("Notas", "Notes", "Notas"),
        "Forms": ("Formularios", "Formulaires", "Formulários"),
        "Files": ("Archivos", "Fichiers", "Ficheiros"),
        "Show: %1": ("Mostrar: %1", "Afficher : %1", "Mostrar: %1"),
        # The box is 260 px wide: "the documentation" says notes, forms and files in fewer letters.
        "Search notes, forms and files": ("Buscar en la documentación", "Rechercher dans les documents", "Pesquisar na documentação"),
        "Notes, forms and files moved to the trash": ("Notas, formularios y archivos movidos a la papelera", "Notes, formulaires et fichiers mis à la corbeille", "Notas, formulários e ficheiros movidos para o lixo"),
        "In the trash: restore an item from its ⋮ menu. A completed note shows why it was moved here.": ("En la papelera: restaura un elemento desde su menú ⋮. Una nota completada muestra por qué se movió aquí.", "Dans la corbeille : restaurez un élément depuis son menu ⋮. Une note terminée indique pourquoi elle a été mise ici.", "No lixo: restaure um item a partir do seu menu ⋮. Uma nota concluída mostra porque foi movida para aqui."),
        "Dismiss": ("Cerrar", "Masquer", "Fechar"),
        "Documentation (%1)": ("Documentación (%1)", "Documentation (%1)", "Documentação (%1)"),
        "Trash (%1)": ("Papelera (%1)", "Corbeille (%1)", "Lixo (%1)"),
        "Nothing here matches your search.": ("Nada de aquí coincide con tu búsqueda.", "Rien ici ne correspond à votre recherche.", "Nada aqui corresponde à sua pesquisa."),
        "The trash is empty.": ("La papelera está vacía.", "La corbeille est vide.", "O lixo está vazio."),
        "Nothing matches. Try other words or show all kinds.": ("No hay coincidencias. Prueba con otras palabras o muestra todos los tipos.", "Aucun résultat. Essayez d'autres mots ou affichez tous les types.", "Sem resultados. Experimente outras palavras ou mostre todos os tipos."),
        "No notes, forms or files for this client yet. Write a note, fill in a form, or drop files here to keep them with the record, encrypted.": ("Todavía no hay notas, formularios ni archivos de este cliente. Escribe una nota, rellena un formulario o arrastra archivos aquí para guardarlos con la ficha, cifrados.", "Pas encore de notes, de formulaires ni de fichiers pour ce client. Rédigez une note, remplissez un formulaire ou déposez des fichiers ici pour les garder dans le dossier, chiffrés.", "Ainda não há notas, formulários nem ficheiros deste cliente. Escreva uma nota, preencha um formulário ou arraste ficheiros para aqui para os guardar com a ficha, encriptados."),
        "Upload files": ("Subir archivos", "Téléverser des fichiers", "Carregar ficheiros"),
        "Upload": ("Subir", "Téléverser", "Carregar"),
        "Adding %1 of %2: %3": ("Añadiendo %1 de %2: %3", "Ajout de %1 sur %2 : %3", "A adicionar %1 de %2: %3"),
        "Not found": _NOT_FOUND,
        "Saved %1 in %2": ("%1 guardado en %2", "%1 enregistré dans %2", "%1 guardado em %2"),
    },
    "DocumentationTabText": {
        "Added %n file(s).": (("Se ha añadido %n archivo.", "Se han añadido %n archivos."), ("%n fichier ajouté.", "%n fichiers ajoutés."), ("Foi adicionado %n ficheiro.", "Foram adicionados %n ficheiros.")),
        "Drop to add %n file(s) to this client's documentation": (("Suelta para añadir %n archivo a la documentación de este cliente", "Suelta para añadir %n archivos a la documentación de este cliente"), ("Déposez pour ajouter %n fichier aux documents de ce client", "Déposez pour ajouter %n fichiers aux documents de ce client"), ("Largue para adicionar %n ficheiro à documentação deste cliente", "Largue para adicionar %n ficheiros à documentação deste cliente")),
    },
    "DocListModel": {
        "Kind": ("Tipo", "Type", "Tipo"),
        "Title": ("Título", "Titre", "Título"),
        # The column shows a file's size, or since when and why an item is in the trash.
        "Details": ("Detalles", "Détails", "Detalhes"),
        "Draft: still being written.": ("Borrador: todavía se está escribiendo.", "Brouillon : encore en cours de rédaction.", "Rascunho: ainda em escrita."),
        "Completed: the text can no longer be changed; corrections go in addenda.": ("Completada: el texto ya no se puede cambiar; las correcciones van en adendas.", "Terminée : le texte ne peut plus être modifié ; les corrections vont dans des addenda.", "Concluída: o texto já não pode ser alterado; as correções vão em adendas."),
        "Shared with the client.": ("Compartida con el cliente.", "Partagée avec le client.", "Partilhada com o cliente."),
        "Filled in.": ("Rellenado.", "Rempli.", "Preenchido."),
        "Duplicate": ("Duplicado", "Doublon", "Duplicado"),
        "Another file of this client has the same content.": ("Otro archivo de este cliente tiene el mismo contenido.", "Un autre fichier de ce client a le même contenu.", "Outro ficheiro deste cliente tem o mesmo conteúdo."),
        "In the trash since %1": ("En la papelera desde el %1", "Dans la corbeille depuis le %1", "No lixo desde %1"),
        "(untitled)": ("(sin título)", "(sans titre)", "(sem título)"),
        "Same as “%1”, uploaded %2": ("Igual que «%1», subido el %2", "Identique à « %1 », téléversé le %2", "Igual a «%1», carregado em %2"),
    },
    "Uploader": {
        "“%1” is a folder. Add the files inside it instead.": ("«%1» es una carpeta. Añade en su lugar los archivos que contiene.", "« %1 » est un dossier. Ajoutez plutôt les fichiers qu'il contient.", "«%1» é uma pasta. Adicione antes os ficheiros que contém."),
        "“%1” is the same as “%2”, uploaded %3. Both are kept.": ("«%1» es igual que «%2», subido el %3. Se conservan los dos.", "« %1 » est identique à « %2 », téléversé le %3. Les deux sont conservés.", "«%1» é igual a «%2», carregado em %3. Ambos são mantidos."),
        "“%1” is the same as another file of this client. Both are kept.": ("«%1» es igual que otro archivo de este cliente. Se conservan los dos.", "« %1 » est identique à un autre fichier de ce client. Les deux sont conservés.", "«%1» é igual a outro ficheiro deste cliente. Ambos são mantidos."),
        "“%1” could not be read: %2": _COULD_NOT_READ,
    },

    # --- files and their preview ----------------------------------------------------------------
    "FileActions": {
        "Preview": _PREVIEW,
        "Save a copy…": _SAVE_COPY_MENU,
        "Save a copy": ("Guardar una copia", "Enregistrer une copie", "Guardar uma cópia"),
        "Rename…": ("Cambiar nombre…", "Renommer…", "Mudar o nome…"),
        "Rename": ("Cambiar nombre", "Renommer", "Mudar o nome"),
        "Rename file": ("Cambiar el nombre del archivo", "Renommer le fichier", "Mudar o nome do ficheiro"),
        "Open": _OPEN,
        "Export PDF…": _EXPORT_PDF_MENU,
        "Save form PDF": ("Guardar el PDF del formulario", "Enregistrer le PDF du formulaire", "Guardar o PDF do formulário"),
        "The copy was not saved": _COPY_NOT_SAVED,
        "The file was not opened": ("No se ha abierto el archivo", "Le fichier n'a pas été ouvert", "O ficheiro não foi aberto"),
        "The PDF was not saved": _PDF_NOT_SAVED,
        "Not renamed": ("No se ha cambiado el nombre", "Non renommé", "O nome não foi alterado"),
        "Not moved to the trash": ("No se ha movido a la papelera", "Non mis à la corbeille", "Não foi movido para o lixo"),
        "Move “%1” to the trash? You can restore it from the Documentation tab's trash.": ("¿Mover «%1» a la papelera? Puedes restaurarlo desde la papelera de la pestaña Documentación.", "Mettre « %1 » à la corbeille ? Vous pourrez le restaurer depuis la corbeille de l'onglet Documentation.", "Mover «%1» para o lixo? Pode restaurá-lo a partir do lixo do separador Documentação."),
        "Move the form “%1” to the trash? You can restore it from the Documentation tab's trash.": ("¿Mover el formulario «%1» a la papelera? Puedes restaurarlo desde la papelera de la pestaña Documentación.", "Mettre le formulaire « %1 » à la corbeille ? Vous pourrez le restaurer depuis la corbeille de l'onglet Documentation.", "Mover o formulário «%1» para o lixo? Pode restaurá-lo a partir do lixo do separador Documentação."),
    },
    "FilePreview": {
        "%1 · %2 · added %3": ("%1 · %2 · añadido el %3", "%1 · %2 · ajouté le %3", "%1 · %2 · adicionado em %3"),
        "Size": ("Tamaño", "Taille", "Tamanho"),
        "%1 (%2 bytes)": ("%1 (%2 bytes)", "%1 (%2 octets)", "%1 (%2 bytes)"),
        "Added": ("Añadido", "Ajouté", "Adicionado"),
        "Checksum (SHA-256)": ("Suma de control (SHA-256)", "Somme de contrôle (SHA-256)", "Soma de verificação (SHA-256)"),
        "“Open in another program” makes a temporary decrypted copy in a private folder on this computer; Consulta deletes it when it closes.": ("«Abrir en otro programa» crea una copia temporal descifrada en una carpeta privada de este ordenador; Consulta la borra al cerrarse.", "« Ouvrir dans un autre programme » crée une copie temporaire déchiffrée dans un dossier privé de cet ordinateur ; Consulta la supprime à sa fermeture.", "«Abrir noutro programa» cria uma cópia temporária desencriptada numa pasta privada deste computador; o Consulta apaga-a quando fecha."),
        "Open in another program": ("Abrir en otro programa", "Ouvrir dans un autre programme", "Abrir noutro programa"),
        "Save a copy…": _SAVE_COPY_MENU,
        "Close": _CLOSE,
        "Consulta cannot show this kind of file. Open it in another program, or save a copy.": ("Consulta no puede mostrar este tipo de archivo. Ábrelo en otro programa o guarda una copia.", "Consulta ne peut pas afficher ce type de fichier. Ouvrez-le dans un autre programme ou enregistrez-en une copie.", "O Consulta não consegue mostrar este tipo de ficheiro. Abra-o noutro programa ou guarde uma cópia."),
        "This image cannot be shown here (it is too large or damaged). Open it in another program, or save a copy.": ("Esta imagen no se puede mostrar aquí (es demasiado grande o está dañada). Ábrela en otro programa o guarda una copia.", "Cette image ne peut pas être affichée ici (elle est trop grande ou endommagée). Ouvrez-la dans un autre programme ou enregistrez-en une copie.", "Esta imagem não pode ser mostrada aqui (é demasiado grande ou está danificada). Abra-a noutro programa ou guarde uma cópia."),
        "Previous page": ("Página anterior", "Page précédente", "Página anterior"),
        "Next page": ("Página siguiente", "Page suivante", "Página seguinte"),
        "Page %1 of %2": ("Página %1 de %2", "Page %1 sur %2", "Página %1 de %2"),
        "Preparing a temporary copy…": ("Preparando una copia temporal…", "Préparation d'une copie temporaire…", "A preparar uma cópia temporária…"),
        "Opened a temporary copy: %1. Consulta deletes it when it closes; save your changes elsewhere with “Save as” in that program.": ("Se ha abierto una copia temporal: %1. Consulta la borra al cerrarse; guarda tus cambios en otro sitio con «Guardar como» en ese programa.", "Copie temporaire ouverte : %1. Consulta la supprime à sa fermeture ; enregistrez vos modifications ailleurs avec « Enregistrer sous » dans ce programme.", "Foi aberta uma cópia temporária: %1. O Consulta apaga-a quando fecha; guarde as suas alterações noutro local com «Guardar como» nesse programa."),
        "No program on this computer opens this kind of file. The temporary copy %1 is deleted when Consulta closes.": ("Ningún programa de este ordenador abre este tipo de archivo. La copia temporal %1 se borra al cerrar Consulta.", "Aucun programme de cet ordinateur n'ouvre ce type de fichier. La copie temporaire %1 est supprimée à la fermeture de Consulta.", "Nenhum programa deste computador abre este tipo de ficheiro. A cópia temporária %1 é apagada quando o Consulta fecha."),
        "Saved a copy as %1": ("Copia guardada como %1", "Copie enregistrée sous %1", "Cópia guardada como %1"),
    },

    # --- the note editor and its dialogs --------------------------------------------------------
    "NoteEditor": {
        "Title of the note": ("Título de la nota", "Titre de la note", "Título da nota"),
        "&Title": ("&Título", "&Titre", "&Título"),
        "&Date": ("&Fecha", "&Date", "&Data"),
        "A&ppointment": ("&Cita", "&Rendez-vous", "&Consulta"),
        "More actions": ("Más acciones", "Plus d'actions", "Mais ações"),
        "Delete draft…": _DELETE_DRAFT_MENU,
        "Add addendum…": ("Añadir adenda…", "Ajouter un addendum…", "Adicionar adenda…"),
        "Share…": _SHARE_MENU,
        "Mark the note as shared with the client and give it to them as a PDF": ("Marca la nota como compartida con el cliente y dásela en PDF", "Marquer la note comme partagée avec le client et la lui remettre en PDF", "Marcar a nota como partilhada com o cliente e entregá-la em PDF"),
        "Export PDF…": _EXPORT_PDF_MENU,
        "Take the note out of the trash": ("Sacar la nota de la papelera", "Sortir la note de la corbeille", "Tirar a nota do lixo"),
        "Close": _CLOSE,
        "Complete…": ("Completar…", "Terminer…", "Concluir…"),
        "Finish the note: its text can no longer be changed afterwards": ("Completa la nota: después su texto ya no se podrá cambiar", "Terminer la note : son texte ne pourra plus être modifié ensuite", "Concluir a nota: depois o texto já não pode ser alterado"),
        "No appointment": ("Sin cita", "Aucun rendez-vous", "Sem consulta"),
        "%1, %2": ("%1, %2", "%1, %2", "%1, %2"),
        "%1 – %2": ("%1 – %2", "%1 – %2", "%1 – %2"),
        "New note": _NEW_NOTE,
        "Untitled note": ("Nota sin título", "Note sans titre", "Nota sem título"),
        "Changes are saved as you type.": ("Los cambios se guardan mientras escribes.", "Les modifications sont enregistrées au fil de la saisie.", "As alterações são guardadas enquanto escreve."),
        "The note “%1” could not be saved.": ("No se pudo guardar la nota «%1».", "La note « %1 » n'a pas pu être enregistrée.", "Não foi possível guardar a nota «%1»."),
        "Not saved: %1": ("No guardado: %1", "Non enregistré : %1", "Não guardado: %1"),
        "Saved %1": _SAVED_AT,
        "Note not saved": ("Nota no guardada", "Note non enregistrée", "Nota não guardada"),
        "Close anyway? The changes since the last save are lost.": ("¿Cerrar de todos modos? Se perderán los cambios desde la última vez que se guardó.", "Fermer quand même ? Les modifications depuis le dernier enregistrement seront perdues.", "Fechar mesmo assim? As alterações desde a última gravação perdem-se."),
        "Close without saving": ("Cerrar sin guardar", "Fermer sans enregistrer", "Fechar sem guardar"),
        "Give the note a title before completing it.": _NO_TITLE_YET,
        "The note is empty. Write something before completing it.": _NOTE_EMPTY,
        "Complete note": ("Completar nota", "Terminer la note", "Concluir nota"),
        "Complete “%1”?\n\nThe text can no longer be changed afterwards. Later corrections are added as dated addenda under it.": ("¿Completar «%1»?\n\nDespués el texto ya no se podrá cambiar. Las correcciones posteriores se añaden debajo como adendas fechadas.", "Terminer « %1 » ?\n\nLe texte ne pourra plus être modifié ensuite. Les corrections ultérieures s'ajoutent en dessous sous forme d'addenda datés.", "Concluir «%1»?\n\nDepois o texto já não pode ser alterado. As correções posteriores são adicionadas por baixo como adendas datadas."),
        # addenda_view.py: "3 June 2026 at 14:05"
        "%1 at %2": ("%1 a las %2", "%1 à %2", "%1 às %2"),
        "Addendum of %1 by %2": ("Adenda del %1 por %2", "Addendum du %1 par %2", "Adenda de %1 por %2"),
        "Addendum of %1": ("Adenda del %1", "Addendum du %1", "Adenda de %1"),
        "Restore": ("Restaurar", "Restaurer", "Restaurar"),
    },
    "NoteHeading": {
        "Draft": _DRAFT,
        "Completed": ("Completada", "Terminé", "Concluída"),
        "Shared": _SHARED,
        "In the trash": ("En la papelera", "Dans la corbeille", "No lixo"),
        "Shared with the client on %1.": ("Compartida con el cliente el %1.", "Partagée avec le client le %1.", "Partilhada com o cliente em %1."),
        "Private: only you can see this note.": ("Privada: solo tú puedes ver esta nota.", "Privée : elle n'est visible que par vous.", "Privada: esta nota só é visível para si."),
        "In the trash since %1. Reason: %2": ("En la papelera desde el %1. Motivo: %2", "Dans la corbeille depuis le %1. Raison : %2", "No lixo desde %1. Motivo: %2"),
        "Completed on %1 by %2": ("Completada el %1 por %2", "Terminée le %1 par %2", "Concluída em %1 por %2"),
        "Completed on %1": ("Completada el %1", "Terminée le %1", "Concluída em %1"),
        "Date: %1": ("Fecha: %1", "Date : %1", "Data: %1"),
        "Appointment: %1": ("Cita: %1", "Rendez-vous : %1", "Consulta: %1"),
    },
    "NoteReadingView": {
        "Addenda": ("Adendas", "Addenda", "Adendas"),
    },
    "AddendumDialog": {
        "Add addendum": ("Añadir adenda", "Ajouter un addendum", "Adicionar adenda"),
        "The addendum is dated and signed, and shown under the note. The note itself stays exactly as it was completed.": ("La adenda queda fechada y firmada, y se muestra debajo de la nota. La nota en sí se queda exactamente como se completó.", "L'addendum est daté et signé, et affiché sous la note. La note elle-même reste exactement telle qu'elle a été terminée.", "A adenda fica datada e assinada, e aparece por baixo da nota. A nota em si fica exatamente como foi concluída."),
    },
    "NoteActions": {
        "Open": _OPEN,
        "Share…": _SHARE_MENU,
        "Complete the note before sharing it.": ("Completa la nota antes de compartirla.", "Terminez la note avant de la partager.", "Conclua a nota antes de a partilhar."),
        "Make private": ("Hacer privada", "Rendre privée", "Tornar privada"),
        "Export PDF…": _EXPORT_PDF_MENU,
        "Duplicate": _DUPLICATE,
        "Delete draft…": _DELETE_DRAFT_MENU,
        "Delete draft": _DELETE_DRAFT,
        "Delete this draft note for good? It was never completed, so no record is lost.": ("¿Eliminar definitivamente este borrador? Nunca se completó, así que no se pierde ningún registro.", "Supprimer définitivement ce brouillon ? Il n'a jamais été terminé, aucun écrit officiel n'est donc perdu.", "Eliminar definitivamente este rascunho? Nunca foi concluído, por isso não se perde nenhum registo."),
        "Not shared": ("No se ha compartido", "Non partagée", "Não foi partilhada"),
        "Not duplicated": ("No se ha duplicado", "Non dupliquée", "Não foi duplicada"),
        "Not deleted": ("No se ha eliminado", "Non supprimée", "Não foi eliminada"),
        "Not sent": ("No enviado", "Non envoyé", "Não enviado"),
        "The PDF was not saved": _PDF_NOT_SAVED,
        "Save note PDF": ("Guardar el PDF de la nota", "Enregistrer le PDF de la note", "Guardar o PDF da nota"),
        "Email comes with the Inbox part of Consulta.": ("El correo llega con la parte Bandeja de entrada de Consulta.", "Le courriel arrive avec la partie Boîte de réception de Consulta.", "O email chega com a parte Caixa de entrada do Consulta."),
        "Note: %1": ("Nota: %1", "Note : %1", "Nota: %1"),
        "Hello %1,\n\nPlease find attached the note “%2” of %3.\n\nKind regards,\n%4": ("Hola, %1:\n\nAdjunto la nota «%2» del %3.\n\nUn saludo,\n%4", "Bonjour %1,\n\nVeuillez trouver ci-joint la note « %2 » du %3.\n\nBien cordialement,\n%4", "Olá %1,\n\nSegue em anexo a nota «%2» de %3.\n\nCom os melhores cumprimentos,\n%4"),
    },
    "ShareDialog": {
        "Share note": ("Compartir nota", "Partager la note", "Partilhar nota"),
        "“%1” is now marked as shared with %2 (%3). Give them a copy:": ("«%1» queda marcada como compartida con %2 (%3). Dale una copia:", "« %1 » est désormais marquée comme partagée avec %2 (%3). Remettez-lui une copie :", "«%1» está agora marcada como partilhada com %2 (%3). Entregue-lhe uma cópia:"),
        "Save PDF…": ("Guardar PDF…", "Enregistrer le PDF…", "Guardar PDF…"),
        "Email to client…": ("Enviar por correo al cliente…", "Envoyer au client par courriel…", "Enviar ao cliente por email…"),
        "To take the sharing back, use Make private in the note's menu.": ("Para dejar de compartirla, usa Hacer privada en el menú de la nota.", "Pour annuler le partage, utilisez Rendre privée dans le menu de la note.", "Para deixar de a partilhar, use Tornar privada no menu da nota."),
        "Saved as %1": ("Guardado como %1", "Enregistré sous %1", "Guardado como %1"),
    },
    "TrashDialog": {
        "Move note to trash": ("Mover la nota a la papelera", "Mettre la note à la corbeille", "Mover a nota para o lixo"),
        "“%1” is a completed note, so it is not deleted: it goes to the trash with your reason, and can be restored from there.": ("«%1» es una nota completada, así que no se elimina: va a la papelera con tu motivo y se puede restaurar desde allí.", "« %1 » est une note terminée, elle n'est donc pas supprimée : elle va à la corbeille avec votre raison, et peut être restaurée depuis celle-ci.", "«%1» é uma nota concluída, por isso não é eliminada: vai para o lixo com o seu motivo e pode ser restaurada a partir daí."),
        "Why is this note moved to the trash?": ("¿Por qué mueves esta nota a la papelera?", "Pourquoi cette note est-elle mise à la corbeille ?", "Porque é que esta nota vai para o lixo?"),
        "&Reason (kept in the audit log)": ("&Motivo (se guarda en el registro de auditoría)", "&Raison (conservée dans le journal d'audit)", "&Motivo (fica no registo de auditoria)"),
    },
    "LinkDialog": {
        "Insert link": ("Insertar enlace", "Insérer un lien", "Inserir ligação"),
        "https://… or name@example.com": ("https://… o nombre@ejemplo.com", "https://… ou nom@exemple.fr", "https://… ou nome@exemplo.pt"),
        "&Text": ("&Texto", "&Texte", "&Texto"),
        "&Address": ("&Dirección", "&Adresse", "&Endereço"),
        "Web (http, https) and email addresses only.": ("Solo direcciones web (http, https) y de correo.", "Adresses web (http, https) et électroniques uniquement.", "Apenas endereços web (http, https) e de email."),
        "Enter a web address (https://…) or an email address. Other kinds of links are not allowed in notes.": ("Escribe una dirección web (https://…) o de correo. En las notas no se permiten otros tipos de enlace.", "Saisissez une adresse web (https://…) ou une adresse électronique. Les autres types de liens ne sont pas autorisés dans les notes.", "Introduza um endereço web (https://…) ou de email. Outros tipos de ligações não são permitidos nas notas."),
    },
    "TableDialog": {
        "Insert table": ("Insertar tabla", "Insérer un tableau", "Inserir tabela"),
        "&Rows": ("&Filas", "&Lignes", "&Linhas"),
        "&Columns": ("&Columnas", "&Colonnes", "&Colunas"),
    },
    "RichTextToolbar": {
        "Paragraph or heading": ("Párrafo o título", "Paragraphe ou titre", "Parágrafo ou título"),
        "Paragraph": ("Párrafo", "Paragraphe", "Parágrafo"),
        "Heading 1": ("Título 1", "Titre 1", "Título 1"),
        "Heading 2": ("Título 2", "Titre 2", "Título 2"),
        "Heading 3": ("Título 3", "Titre 3", "Título 3"),
        # The letters on the buttons, as word processors show them in each language.
        "B": ("N", "G", "N"),
        "Bold": ("Negrita", "Gras", "Negrito"),
        "I": ("K", "I", "I"),
        "Italic": ("Cursiva", "Italique", "Itálico"),
        "U": ("S", "S", "S"),
        "Underline": ("Subrayado", "Souligné", "Sublinhado"),
        "Bulleted list": ("Lista con viñetas", "Liste à puces", "Lista com marcas"),
        "Numbered list": ("Lista numerada", "Liste numérotée", "Lista numerada"),
        "Insert table…": ("Insertar tabla…", "Insérer un tableau…", "Inserir tabela…"),
        "Insert link…": ("Insertar enlace…", "Insérer un lien…", "Inserir ligação…"),
    },
    "NoteTemplatePicker": {
        "New note from a template": ("Nota nueva desde una plantilla", "Nouvelle note à partir d'un modèle", "Nova nota a partir de um modelo"),
        "Choose a template": ("Elige una plantilla", "Choisissez un modèle", "Escolha um modelo"),
        "The note starts with the template’s text; change anything before you complete it. Templates are made and changed in the Templates area.": ("La nota empieza con el texto de la plantilla; cambia lo que quieras antes de completarla. Las plantillas se crean y se cambian en el área Plantillas.", "La note commence avec le texte du modèle ; modifiez ce que vous voulez avant de la terminer. Les modèles se créent et se modifient dans l'espace Modèles.", "A nota começa com o texto do modelo; altere o que quiser antes de a concluir. Os modelos criam-se e alteram-se na área Modelos."),
        "Filter templates": ("Filtrar plantillas", "Filtrer les modèles", "Filtrar modelos"),
        "There are no note templates yet. Create one in the Templates area.": ("Todavía no hay plantillas de notas. Crea una en el área Plantillas.", "Pas encore de modèles de notes. Créez-en un dans l'espace Modèles.", "Ainda não há modelos de notas. Crie um na área Modelos."),
        "&Use template": ("&Usar plantilla", "&Utiliser le modèle", "&Usar modelo"),
    },

    # --- filling in a form ----------------------------------------------------------------------
    "FormFillDialog": {
        "&Form": ("&Formulario", "&Formulaire", "&Formulário"),
        "Co&rrect answers": ("&Corregir respuestas", "&Corriger les réponses", "&Corrigir respostas"),
        "Fix a mistake in the answers; the form keeps the questions it was filled in with.": ("Corrige un error en las respuestas; el formulario conserva las preguntas con las que se rellenó.", "Corriger une erreur dans les réponses ; le formulaire garde les questions avec lesquelles il a été rempli.", "Corrija um erro nas respostas; o formulário mantém as perguntas com que foi preenchido."),
        "&Export PDF…": ("&Exportar PDF…", "E&xporter en PDF…", "&Exportar PDF…"),
        "&Save": ("&Guardar", "&Enregistrer", "&Guardar"),
        "Fill in a form": ("Rellenar un formulario", "Remplir un formulaire", "Preencher um formulário"),
        "For %1. Enter the answers the client gave; you can paste them from a message.": ("Para %1. Escribe las respuestas que dio el cliente; puedes pegarlas desde un mensaje.", "Pour %1. Saisissez les réponses données par le client ; vous pouvez les coller depuis un message.", "Para %1. Introduza as respostas que o cliente deu; pode colá-las a partir de uma mensagem."),
        "There are no intake forms yet. Create one in the Templates area.": ("Todavía no hay formularios de admisión. Crea uno en el área Plantillas.", "Pas encore de formulaires d'accueil. Créez-en un dans l'espace Modèles.", "Ainda não há formulários de admissão. Crie um na área Modelos."),
        "(form no longer available)": ("(formulario ya no disponible)", "(formulaire plus disponible)", "(formulário já não disponível)"),
        "That form template no longer exists.": _FORM_TEMPLATE_GONE,
        "Filled-in form": ("Formulario rellenado", "Formulaire rempli", "Formulário preenchido"),
        "%1 · filled in on %2": ("%1 · rellenado el %2", "%1 · rempli le %2", "%1 · preenchido em %2"),
        "This form is in the trash. Restore it first.": _FORM_IN_TRASH,
        "Correct answers": ("Corregir respuestas", "Corriger les réponses", "Corrigir respostas"),
        "%n answer(s) need attention; nothing was saved yet.": (("%n respuesta necesita revisión; todavía no se ha guardado nada.", "%n respuestas necesitan revisión; todavía no se ha guardado nada."), ("%n réponse est à revoir ; rien n'a encore été enregistré.", "%n réponses sont à revoir ; rien n'a encore été enregistré."), ("%n resposta precisa de atenção; ainda não foi guardado nada.", "%n respostas precisam de atenção; ainda não foi guardado nada.")),
        "Saved %1": ("Guardado: %1", "Enregistré : %1", "Guardado: %1"),
        "Save the form as PDF": ("Guardar el formulario en PDF", "Enregistrer le formulaire en PDF", "Guardar o formulário em PDF"),
        "Answers to “%1” for %2": ("Respuestas a «%1» de %2", "Réponses à « %1 » pour %2", "Respostas a «%1» de %2"),
        "Discard the answers?": ("¿Descartar las respuestas?", "Abandonner les réponses ?", "Descartar as respostas?"),
        "The answers you entered have not been saved.": ("Las respuestas que escribiste no se han guardado.", "Les réponses saisies n'ont pas été enregistrées.", "As respostas que introduziu não foram guardadas."),
        "Discard": _DISCARD,
    },
    "QuestionWidget": {
        "An answer is required": _ANSWER_REQUIRED,
        "%1 out of %2": _OUT_OF,
        "Signed by %1 on %2": ("Firmado por %1 el %2", "Signé par %1 le %2", "Assinado por %1 em %2"),
    },
    "ScaleQuestion": {
        "%1 out of %2": _OUT_OF,
    },
    "SignatureQuestion": {
        "Full name": ("Nombre completo", "Nom complet", "Nome completo"),
    },

    # --- the Templates area and its editors -----------------------------------------------------
    "TemplatesArea": {
        "Note templates give a new note its starting text; intake forms are the questions you go through with a new client. Change them to fit how you work.": ("Las plantillas de notas dan a una nota nueva su texto inicial; los formularios de admisión son las preguntas que repasas con un cliente nuevo. Cámbialos para adaptarlos a tu forma de trabajar.", "Les modèles de notes donnent à une nouvelle note son texte de départ ; les formulaires d'accueil sont les questions que vous parcourez avec un nouveau client. Adaptez-les à votre façon de travailler.", "Os modelos de notas dão a uma nova nota o seu texto inicial; os formulários de admissão são as perguntas que percorre com um novo cliente. Altere-os para se adaptarem à sua forma de trabalhar."),
        "+ New": ("+ Nuevo", "+ Nouveau", "+ Novo"),
        "New note template": _NEW_NOTE_TEMPLATE,
        "New intake form": _NEW_INTAKE_FORM,
        "No note templates. Make one with + New.": ("No hay plantillas de notas. Crea una con + Nuevo.", "Aucun modèle de note. Créez-en un avec + Nouveau.", "Não há modelos de notas. Crie um com + Novo."),
        "No intake forms. Make one with + New.": ("No hay formularios de admisión. Crea uno con + Nuevo.", "Aucun formulaire d'accueil. Créez-en un avec + Nouveau.", "Não há formulários de admissão. Crie um com + Novo."),
        "Note templates": ("Plantillas de notas", "Modèles de notes", "Modelos de notas"),
        "Intake forms": ("Formularios de admisión", "Formulaires d'accueil", "Formulários de admissão"),
        "&Edit…": ("&Editar…", "&Modifier…", "&Editar…"),
        "Du&plicate": ("Du&plicar", "Du&pliquer", "Dupli&car"),
        "&Delete…": ("E&liminar…", "&Supprimer…", "E&liminar…"),
        "Choose a template on the left to see it here.": ("Elige una plantilla a la izquierda para verla aquí.", "Choisissez un modèle à gauche pour l'afficher ici.", "Escolha um modelo à esquerda para o ver aqui."),
        "Note template": ("Plantilla de nota", "Modèle de note", "Modelo de nota"),
        "Intake form": ("Formulario de admisión", "Formulaire d'accueil", "Formulário de admissão"),
        "came with Consulta": ("viene con Consulta", "fourni avec Consulta", "incluído no Consulta"),
        "%n note(s) started from it": (("%n nota empezada con ella", "%n notas empezadas con ella"), ("%n note commencée avec lui", "%n notes commencées avec lui"), ("%n nota iniciada a partir dele", "%n notas iniciadas a partir dele")),
        "%n question(s)": (("%n pregunta", "%n preguntas"), ("%n question", "%n questions"), ("%n pergunta", "%n perguntas")),
        "filled in %n time(s)": (("rellenado %n vez", "rellenado %n veces"), ("rempli %n fois", "rempli %n fois"), ("preenchido %n vez", "preenchido %n vezes")),
        "&Use for a client…": ("&Usar con un cliente…", "&Utiliser pour un client…", "&Usar para um cliente…"),
        "F&ill in for a client…": ("&Rellenar para un cliente…", "&Remplir pour un client…", "&Preencher para um cliente…"),
        "Saved “%1”.": ("Se ha guardado «%1».", "« %1 » enregistré.", "«%1» guardado."),
        "Made “%1”. Edit it to make it yours.": ("Se ha creado «%1». Edita la copia para hacerla tuya.", "« %1 » créé. Modifiez-le pour l'adapter.", "Criado «%1». Edite-o para o tornar seu."),
        "Delete the note template “%1”? Notes already written from it keep their text.": ("¿Eliminar la plantilla de nota «%1»? Las notas ya escritas con ella conservan su texto.", "Supprimer le modèle de note « %1 » ? Les notes déjà rédigées à partir de celui-ci gardent leur texte.", "Eliminar o modelo de nota «%1»? As notas já escritas a partir dele mantêm o seu texto."),
        "Delete the intake form “%1”? Forms already filled in keep their questions and answers.": ("¿Eliminar el formulario de admisión «%1»? Los formularios ya rellenados conservan sus preguntas y respuestas.", "Supprimer le formulaire d'accueil « %1 » ? Les formulaires déjà remplis gardent leurs questions et leurs réponses.", "Eliminar o formulário de admissão «%1»? Os formulários já preenchidos mantêm as suas perguntas e respostas."),
        "Deleted “%1”.": ("Se ha eliminado «%1».", "« %1 » supprimé.", "«%1» eliminado."),
        "Delete template": ("Eliminar plantilla", "Supprimer le modèle", "Eliminar modelo"),
        "Delete": ("Eliminar", "Supprimer", "Eliminar"),
        "Use “%1” for a client": ("Usar «%1» con un cliente", "Utiliser « %1 » pour un client", "Usar «%1» para um cliente"),
        "A new draft note starts with this template’s text. It is kept in the client’s Documentation.": ("Un nuevo borrador de nota empieza con el texto de esta plantilla. Se guarda en la Documentación del cliente.", "Un nouveau brouillon de note commence avec le texte de ce modèle. Il est conservé dans la Documentation du client.", "Um novo rascunho de nota começa com o texto deste modelo. Fica na Documentação do cliente."),
        "Create note": ("Crear nota", "Créer la note", "Criar nota"),
        "Fill in “%1” for a client": ("Rellenar «%1» para un cliente", "Remplir « %1 » pour un client", "Preencher «%1» para um cliente"),
        "Enter the client’s answers; the filled-in form is kept in their Documentation.": ("Escribe las respuestas del cliente; el formulario rellenado se guarda en su Documentación.", "Saisissez les réponses du client ; le formulaire rempli est conservé dans sa Documentation.", "Introduza as respostas do cliente; o formulário preenchido fica na sua Documentação."),
        "Continue": ("Continuar", "Continuer", "Continuar"),
        "Note “%1” started for %2.": ("Nota «%1» empezada para %2.", "Note « %1 » commencée pour %2.", "Nota «%1» iniciada para %2."),
    },
    "TemplatePreview": {
        "required": _REQUIRED,
    },
    "NoteTemplateEditor": {
        "New note template": _NEW_NOTE_TEMPLATE,
        "Edit note template": ("Editar plantilla de nota", "Modifier le modèle de note", "Editar modelo de nota"),
        "The text a new note starts with: headings for each part and short prompts under them. Notes already written from this template keep their own text.": ("El texto con el que empieza una nota nueva: títulos para cada parte y breves indicaciones debajo. Las notas ya escritas con esta plantilla conservan su propio texto.", "Le texte par lequel commence une nouvelle note : des titres pour chaque partie et de courtes indications en dessous. Les notes déjà rédigées avec ce modèle gardent leur propre texte.", "O texto com que começa uma nova nota: títulos para cada parte e breves indicações por baixo. As notas já escritas com este modelo mantêm o seu próprio texto."),
        "e.g. Couples session note": ("p. ej., Nota de sesión de pareja", "p. ex. Note de séance de couple", "p. ex. Nota de sessão de casal"),
        "&Name": _NAME,
        "Note template “%1”": ("Plantilla de nota «%1»", "Modèle de note « %1 »", "Modelo de nota «%1»"),
        "(no name)": _NO_NAME,
        "Discard the changes?": _DISCARD_CHANGES_Q,
        "The changes to this template have not been saved.": ("Los cambios de esta plantilla no se han guardado.", "Les modifications de ce modèle n'ont pas été enregistrées.", "As alterações a este modelo não foram guardadas."),
        "Discard": _DISCARD,
    },
    "FormTemplateEditor": {
        "New intake form": _NEW_INTAKE_FORM,
        "Edit intake form": ("Editar formulario de admisión", "Modifier le formulaire d'accueil", "Editar formulário de admissão"),
        "The questions you go through with a client. Forms already filled in keep the questions they were answered with.": ("Las preguntas que repasas con un cliente. Los formularios ya rellenados conservan las preguntas con las que se respondieron.", "Les questions que vous parcourez avec un client. Les formulaires déjà remplis gardent les questions auxquelles on a répondu.", "As perguntas que percorre com um cliente. Os formulários já preenchidos mantêm as perguntas a que se respondeu."),
        "e.g. Couples intake": ("p. ej., Admisión de pareja", "p. ex. Accueil d'un couple", "p. ex. Admissão de casal"),
        "&Name": _NAME,
        "+ &Add question": ("+ &Añadir pregunta", "+ &Ajouter une question", "+ &Adicionar pergunta"),
        "&Remove": ("&Quitar", "&Retirer", "&Remover"),
        "Move &up": ("S&ubir", "&Monter", "&Subir"),
        "Move do&wn": ("&Bajar", "&Descendre", "&Descer"),
        "Questions": ("Preguntas", "Questions", "Perguntas"),
        "Optional: a hint shown under the question": ("Opcional: una indicación que se muestra bajo la pregunta", "Facultatif : une indication affichée sous la question", "Opcional: uma indicação mostrada por baixo da pergunta"),
        "An answer is required": _ANSWER_REQUIRED,
        "&Options": ("&Opciones", "&Options", "&Opções"),
        # The label of a question's help text (not the Help menu): Alt+A adds a question.
        "&Help": ("A&yuda", "A&ide", "A&juda"),
        "One option per line, in the order they are shown.": ("Una opción por línea, en el orden en que se muestran.", "Une option par ligne, dans l'ordre d'affichage.", "Uma opção por linha, pela ordem em que são mostradas."),
        "&Type": ("&Tipo", "&Type", "&Tipo"),
        "Te&xt": ("Te&xto", "Te&xte", "Te&xto"),
        "Add a question to start.": ("Añade una pregunta para empezar.", "Ajoutez une question pour commencer.", "Adicione uma pergunta para começar."),
        "(no text yet)": ("(todavía sin texto)", "(pas encore de texte)", "(ainda sem texto)"),
        "required": _REQUIRED,
        "A title between groups of questions; it takes no answer.": ("Un título entre grupos de preguntas; no lleva respuesta.", "Un titre entre des groupes de questions ; il n'attend pas de réponse.", "Um título entre grupos de perguntas; não leva resposta."),
        "Answered with a number from %1 to %2.": ("Se responde con un número del %1 al %2.", "On y répond par un nombre de %1 à %2.", "Responde-se com um número de %1 a %2."),
        "The client’s name and the date they signed.": ("El nombre del cliente y la fecha en que firmó.", "Le nom du client et la date à laquelle il a signé.", "O nome do cliente e a data em que assinou."),
        "Answered with yes or no.": ("Se responde con sí o no.", "On y répond par oui ou non.", "Responde-se com sim ou não."),
        "Intake form “%1”": ("Formulario de admisión «%1»", "Formulaire d'accueil « %1 »", "Formulário de admissão «%1»"),
        "(no name)": _NO_NAME,
        "Discard the changes?": _DISCARD_CHANGES_Q,
        "The changes to this form have not been saved.": ("Los cambios de este formulario no se han guardado.", "Les modifications de ce formulaire n'ont pas été enregistrées.", "As alterações a este formulário não foram guardadas."),
        "Discard": _DISCARD,
    },

    # --- the global search and the main window's search action ----------------------------------
    "GlobalSearch": {
        "Search clients, contacts, notes and forms": _SEARCH_ALL,
        "Notes and forms": ("Notas y formularios", "Notes et formulaires", "Notas e formulários"),
        "Nothing found for “%1”.": ("No se ha encontrado nada para «%1».", "Aucun résultat pour « %1 ».", "Nada encontrado para «%1»."),
    },
    "MainWindow": {
        "Search clients, contacts, notes and forms": _SEARCH_ALL,
        "Search clients, contacts, notes and forms (Ctrl+K)": ("Buscar clientes, contactos, notas y formularios (Ctrl+K)", "Rechercher des clients, des contacts, des notes et des formulaires (Ctrl+K)", "Pesquisar clientes, contactos, notas e formulários (Ctrl+K)"),
    },
}

BY_CONTEXT: dict[tuple[str, str], tuple] = {
    (context, source): texts
    for context, messages in _CONTEXTS.items()
    for source, texts in messages.items()
}

# Where dropping "(s)" would leave the verb in the plural.
ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "%n answer(s) need attention; nothing was saved yet.": (
        "%n answer needs attention; nothing was saved yet.",
        "%n answers need attention; nothing was saved yet.",
    ),
}
