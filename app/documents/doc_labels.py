"""The words printed on note and intake-form PDFs, per language (the sibling of labels.py,
which holds the billing ones). `{placeholders}` are filled with str.format."""

from __future__ import annotations

from app.documents.money_format import base_language

EN = {
    "note": "Clinical note", "form": "Form", "client": "Client", "date": "Date",
    "status": "Status", "draft": "Draft, not completed",
    "completed_on": "Completed on {date} by {name}", "completed_on_anon": "Completed on {date}",
    "shared_on": "Shared with the client on {date}", "in_trash": "In the trash: {reason}",
    "addenda": "Addenda", "addendum_by": "Addendum of {date}, by {name}",
    "addendum": "Addendum of {date}", "confidential": "Confidential",
    "page": "Page {page} of {pages}", "filled_on": "Filled in on {date}",
    "yes": "Yes", "no": "No", "not_answered": "Not answered", "signed": "Signed by {name} on {date}",
    "scale": "{value} out of {high}", "at": "{date} at {time}",
}

ES = {
    "note": "Nota clínica", "form": "Formulario", "client": "Cliente", "date": "Fecha",
    "status": "Estado", "draft": "Borrador, sin completar",
    "completed_on": "Completada el {date} por {name}", "completed_on_anon": "Completada el {date}",
    "shared_on": "Compartida con el cliente el {date}", "in_trash": "En la papelera: {reason}",
    "addenda": "Adendas", "addendum_by": "Adenda del {date}, por {name}",
    "addendum": "Adenda del {date}", "confidential": "Confidencial",
    "page": "Página {page} de {pages}", "filled_on": "Cumplimentado el {date}",
    "yes": "Sí", "no": "No", "not_answered": "Sin respuesta",
    "signed": "Firmado por {name} el {date}", "scale": "{value} de {high}",
    "at": "{date} a las {time}",
}

FR = {
    "note": "Note clinique", "form": "Questionnaire", "client": "Client", "date": "Date",
    "status": "Statut", "draft": "Brouillon, non finalisée",
    "completed_on": "Finalisée le {date} par {name}", "completed_on_anon": "Finalisée le {date}",
    "shared_on": "Partagée avec le client le {date}", "in_trash": "À la corbeille : {reason}",
    "addenda": "Addenda", "addendum_by": "Addendum du {date}, par {name}",
    "addendum": "Addendum du {date}", "confidential": "Confidentiel",
    "page": "Page {page} sur {pages}", "filled_on": "Rempli le {date}",
    "yes": "Oui", "no": "Non", "not_answered": "Sans réponse",
    "signed": "Signé par {name} le {date}", "scale": "{value} sur {high}",
    "at": "{date} à {time}",
}

PT = {
    "note": "Nota clínica", "form": "Formulário", "client": "Cliente", "date": "Data",
    "status": "Estado", "draft": "Rascunho, por concluir",
    "completed_on": "Concluída a {date} por {name}", "completed_on_anon": "Concluída a {date}",
    "shared_on": "Partilhada com o cliente a {date}", "in_trash": "No lixo: {reason}",
    "addenda": "Adendas", "addendum_by": "Adenda de {date}, por {name}",
    "addendum": "Adenda de {date}", "confidential": "Confidencial",
    "page": "Página {page} de {pages}", "filled_on": "Preenchido a {date}",
    "yes": "Sim", "no": "Não", "not_answered": "Sem resposta",
    "signed": "Assinado por {name} a {date}", "scale": "{value} em {high}",
    "at": "{date} às {time}",
}

LABELS = {"en": EN, "es": ES, "fr": FR, "pt": PT}


def doc_labels_for(language: str | None) -> dict[str, str]:
    return LABELS[base_language(language)]
