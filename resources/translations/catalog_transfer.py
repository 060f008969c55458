"""Spanish, French and (European) Portuguese for the import and export core (app/transfer/).
Same layout as catalog.py: (es, fr, pt)."""

# ruff: noqa: E501

BY_CONTEXT: dict[tuple[str, str], tuple] = {
    ("Core", "“{value}” is not a known status (lead, active, inactive or archived)."): ("«{value}» no es un estado conocido (lead, active, inactive o archived).", "« {value} » n'est pas un statut connu (lead, active, inactive ou archived).", "«{value}» não é um estado conhecido (lead, active, inactive ou archived)."),
    ("Core", "“{value}” is not yes or no."): ("«{value}» no es sí ni no.", "« {value} » n'est ni oui ni non.", "«{value}» não é sim nem não."),
    ("Core", "Full name (first word is the first name)"): ("Nombre completo (la primera palabra es el nombre)", "Nom complet (le premier mot est le prénom)", "Nome completo (a primeira palavra é o nome próprio)"),
    ("Core", "Address line 2"): ("Dirección (línea 2)", "Adresse (ligne 2)", "Morada (linha 2)"),
    ("Core", "Do not import"): ("No importar", "Ne pas importer", "Não importar"),
    ("Core", "There is no saved mapping called “{name}”."): ("No hay ninguna correspondencia guardada llamada «{name}».", "Aucune correspondance enregistrée ne s'appelle « {name} ».", "Não existe nenhuma correspondência guardada chamada «{name}»."),
    ("Core", "This looks like an Excel workbook or another zipped file, not a CSV file. Open it in your spreadsheet program and save it as CSV first."): ("Parece un libro de Excel u otro archivo comprimido, no un archivo CSV. Ábrelo en tu hoja de cálculo y guárdalo primero como CSV.", "Cela ressemble à un classeur Excel ou à un autre fichier compressé, pas à un fichier CSV. Ouvrez-le dans votre tableur et enregistrez-le d'abord au format CSV.", "Parece um livro do Excel ou outro ficheiro comprimido, não um ficheiro CSV. Abra-o na sua folha de cálculo e guarde-o primeiro como CSV."),
    ("Core", "This looks like an old Excel workbook (.xls), not a CSV file. Open it in your spreadsheet program and save it as CSV first."): ("Parece un libro de Excel antiguo (.xls), no un archivo CSV. Ábrelo en tu hoja de cálculo y guárdalo primero como CSV.", "Cela ressemble à un ancien classeur Excel (.xls), pas à un fichier CSV. Ouvrez-le dans votre tableur et enregistrez-le d'abord au format CSV.", "Parece um livro antigo do Excel (.xls), não um ficheiro CSV. Abra-o na sua folha de cálculo e guarde-o primeiro como CSV."),
    ("Core", "This is a PDF document, not a CSV file."): ("Es un documento PDF, no un archivo CSV.", "C'est un document PDF, pas un fichier CSV.", "É um documento PDF, não um ficheiro CSV."),
    ("Core", "“{name}” is not a text file, so it cannot be a CSV file. Nothing was imported."): ("«{name}» no es un archivo de texto, así que no puede ser un CSV. No se ha importado nada.", "« {name} » n'est pas un fichier texte, ce ne peut donc pas être un CSV. Rien n'a été importé.", "«{name}» não é um ficheiro de texto, por isso não pode ser um CSV. Nada foi importado."),
    ("Core", "“{name}” is too large for a CSV of clients ({size} MB)."): ("«{name}» es demasiado grande para un CSV de clientes ({size} MB).", "« {name} » est trop volumineux pour un CSV de clients ({size} Mo).", "«{name}» é demasiado grande para um CSV de clientes ({size} MB)."),
    ("Core", "“{name}” is empty."): ("«{name}» está vacío.", "« {name} » est vide.", "«{name}» está vazio."),
    ("Core", "“{name}” cannot be read as {encoding}."): ("«{name}» no se puede leer como {encoding}.", "« {name} » ne peut pas être lu en {encoding}.", "«{name}» não pode ser lido como {encoding}."),
    ("Core", "Cancelled. Nothing was changed."): ("Cancelado. No se ha cambiado nada.", "Annulé. Rien n'a été modifié.", "Cancelado. Nada foi alterado."),
    ("Core", "Choose what to do with each duplicate."): ("Elige qué hacer con cada duplicado.", "Choisissez quoi faire de chaque doublon.", "Escolha o que fazer com cada duplicado."),
    ("Core", "This import no longer exists."): ("Esta importación ya no existe.", "Cette importation n'existe plus.", "Esta importação já não existe."),
    ("Core", "This import was already undone."): ("Esta importación ya se deshizo.", "Cette importation a déjà été annulée.", "Esta importação já foi anulada."),
    ("Core", "“{path}” already exists. Choose another name or folder."): ("«{path}» ya existe. Elige otro nombre u otra carpeta.", "« {path} » existe déjà. Choisissez un autre nom ou un autre dossier.", "«{path}» já existe. Escolha outro nome ou outra pasta."),
    ("Core", "The folder {path} does not exist."): ("La carpeta {path} no existe.", "Le dossier {path} n'existe pas.", "A pasta {path} não existe."),
}
