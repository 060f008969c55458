"""Fill a NEW workspace with realistic synthetic data at a chosen scale, for the benchmarks.

    python -m tests.benchmarks.generate --out /tmp/big.consulta \
        [--clients 10000 --contacts 2000 --appointments 50000 --notes 100000] \
        [--passphrase "benchmark passphrase"] [--seed 42]

or, from Python, `generate(path, passphrase, clients=..., seed=...) -> GenerationStats`.

The file is made by `create_workspace` (migrations, keying, practice row, built-in sections);
the few configuration records (tags, a custom section and its fields) go through the real
services. The bulk (people, emails, phones, tag links, custom values, relationships, services,
appointments, notes) is inserted with SQLAlchemy Core `executemany` on `ws.engine`, in a few
large transactions, with explicit ids so rows can point at each other without RETURNING; the
documentation search index (FTS5) is then rebuilt from the notes in one pass.

Deliberately skipped: the per-row audit events the services would write (one "create" per
person, etc.). They would multiply generation time and only lengthen a log the benchmarks do not
read; a single summary event is appended at the end so the hash chain stays valid and records
that the data is synthetic.

Everything is synthetic. Email addresses use sub-domains of the reserved example.com/.net/.org
domains, so nothing generated here can ever reach a real mailbox. Dates are relative to the day
of generation (appointments over +/- one year, in UTC); the same seed gives the same data on the
same day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, insert, select

from app.services import audit, custom_fields, doc_index, people, relationships, tags, validation
from app.store.models import (
    Appointment,
    AppointmentStatus,
    ClientStatus,
    CustomFieldValue,
    EmailAddress,
    FieldType,
    LocationKind,
    Note,
    NoteStatus,
    Person,
    PersonKind,
    PhoneNumber,
    Relationship,
    Service,
    client_tag,
)
from app.workspace import create_workspace

DEFAULT_PASSPHRASE = "benchmark passphrase"
DEFAULT_SEED = 42
DEFAULTS = {"clients": 10_000, "contacts": 2_000, "appointments": 50_000, "notes": 100_000}
# Bump when the generated data changes shape, so cached benchmark workspaces are rebuilt.
GENERATOR_VERSION = 3  # 3: the documentation search index is filled; a few rare words
# One note in RARE_EVERY mentions a drug by name: what a full-text search for a rare word finds.
RARE_EVERY, RARE_AT = 25_000, 12_345
RARE_SENTENCE = "<p>Started quetiapine 25 mg at night (GP).</p>"

# Rows per executemany call: large enough to amortise the call, small enough to keep the
# parameter lists from holding the whole data set twice.
CHUNK = 10_000

# --- vocabulary -------------------------------------------------------------------------------

LANGS = ("es", "fr", "pt", "en")
LANG_WEIGHTS = (35, 25, 20, 20)

FIRST_NAMES = {
    "es": ["José", "María", "Lucía", "Martín", "Sofía", "Álvaro", "Javier", "Carmen", "Inés",
           "Raúl", "Jesús", "Ángela", "Nuria", "Íñigo", "Begoña", "Andrés", "Marta", "Pilar",
           "Sergio", "Rocío", "Francisco", "Ignacio", "Mercedes", "Adrián", "Elena", "Óscar"],
    "fr": ["Françoise", "Jérôme", "Hélène", "Élodie", "Céline", "François", "Amélie", "Théo",
           "Léa", "Chloé", "Gaël", "Noël", "Maël", "Agnès", "Benoît", "Zoé", "Joël", "Martine",
           "Stéphane", "Mathilde", "Anaïs", "Loïc", "Clémence", "Hervé", "Solène", "Margaux"],
    "pt": ["João", "Conceição", "Gonçalo", "Inês", "Mónica", "Sebastião", "Tomás", "Beatriz",
           "Leonor", "Simão", "Luís", "Vitória", "Margarida", "Rui", "Afonso", "Mariana",
           "Ângela", "Joana", "Estêvão", "Matilde", "Bárbara", "Duarte", "Lourenço", "Teresa"],
    "en": ["James", "Oliver", "Harry", "George", "William", "Emily", "Olivia", "Amelia",
           "Charlotte", "Sophie", "Jack", "Thomas", "Grace", "Chloe", "Martin", "Martha",
           "Margaret", "Daniel", "Hannah", "Lucy", "Siobhan", "Niamh", "Rhys", "Zoë"],
}
LAST_NAMES = {
    "es": ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Núñez",
           "Rodríguez", "Jiménez", "Muñoz", "Álvarez", "Romero", "Díaz", "Ibáñez", "Ortega",
           "Marín", "Castillo", "Peña", "Herrera", "Martín", "Gutiérrez", "Domínguez", "Vázquez",
           "Sáez", "Cañizares", "Beltrán", "Aguirre"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Lefebvre", "Moreau", "Girard", "Lambert",
           "Rousseau", "Fontaine", "Chevalier", "Gauthier", "Mercier", "Bonnet", "Dupont",
           "Leroy", "Faure", "Benoît", "Brûlé", "Mathé", "Hébert", "Lemaître", "Marchand",
           "Martineau", "Pâris", "Dufaÿ"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
           "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves",
           "Magalhães", "Simões", "Conceição", "Brandão", "Araújo", "Guimarães", "Assunção",
           "Mota", "Falcão", "Leitão"],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
           "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Martin", "Marshall",
           "Hughes", "Green", "O'Brien", "Clarke", "Martinez", "Murphy", "Kelly", "Morgan"],
}
# Compound surnames are common in Spain and Portugal ("García Núñez", "Silva Santos").
SECOND_SURNAME = {"es": 0.7, "pt": 0.55, "fr": 0.03, "en": 0.03}
PREFERRED = {"José": "Pepe", "Francisco": "Paco", "Ignacio": "Nacho", "Jesús": "Chus",
             "Mercedes": "Merche", "Margaret": "Maggie", "William": "Will", "Thomas": "Tom",
             "Daniel": "Dan", "Sebastião": "Tião", "Conceição": "São", "Gonçalo": "Gonça",
             "François": "Fanfan", "Mathilde": "Mathou"}
PRONOUNS = {"es": ["ella", "él", "elle"], "fr": ["elle", "il", "iel"],
            "pt": ["ela", "ele", "elu"], "en": ["she/her", "he/him", "they/them"]}

# Reserved example domains only: generated data can never email a real person.
EMAIL_DOMAINS = {"es": ["correo.example.com", "mail.example.net"],
                 "fr": ["courriel.example.net", "mail.example.org"],
                 "pt": ["correio.example.org", "mail.example.com"],
                 "en": ["mail.example.com", "post.example.org"]}

PLACES = {  # city, region, postal code pattern, country
    "es": [("Madrid", "Comunidad de Madrid", "28###", "España"),
           ("Barcelona", "Cataluña", "08###", "España"),
           ("Sevilla", "Andalucía", "41###", "España"),
           ("València", "Comunitat Valenciana", "46###", "España"),
           ("A Coruña", "Galicia", "15###", "España"),
           ("Málaga", "Andalucía", "29###", "España")],
    "fr": [("Paris", "Île-de-France", "750##", "France"),
           ("Lyon", "Auvergne-Rhône-Alpes", "6900#", "France"),
           ("Marseille", "Provence-Alpes-Côte d'Azur", "130##", "France"),
           ("Toulouse", "Occitanie", "310##", "France"),
           ("Besançon", "Bourgogne-Franche-Comté", "250##", "France"),
           ("Nîmes", "Occitanie", "300##", "France")],
    "pt": [("Lisboa", "Lisboa", "1###-###", "Portugal"),
           ("Porto", "Porto", "4###-###", "Portugal"),
           ("Coimbra", "Coimbra", "30##-###", "Portugal"),
           ("Évora", "Évora", "70##-###", "Portugal"),
           ("Braga", "Braga", "47##-###", "Portugal"),
           ("Faro", "Faro", "80##-###", "Portugal")],
    "en": [("London", "England", "SW# #AA", "United Kingdom"),
           ("Manchester", "England", "M## #AA", "United Kingdom"),
           ("Bristol", "England", "BS# #AA", "United Kingdom"),
           ("Edinburgh", "Scotland", "EH# #AA", "United Kingdom"),
           ("Cardiff", "Wales", "CF## #AA", "United Kingdom"),
           ("Brighton", "England", "BN# #AA", "United Kingdom")],
}
STREETS = {
    "es": ["Calle de Alcalá, {n}", "Avenida de la Constitución, {n}", "Plaza Mayor, {n}",
           "Calle Núñez de Balboa, {n}", "Paseo de Gràcia, {n}", "Calle del Río Güejar, {n}"],
    "fr": ["{n} rue des Lilas", "{n} avenue Jean-Jaurès", "{n} boulevard Saint-Michel",
           "{n} place de l'Église", "{n} rue du Général-Leclerc", "{n} quai de la Saône"],
    "pt": ["Rua Augusta, {n}", "Avenida da Liberdade, {n}", "Rua de Santa Catarina, {n}",
           "Travessa do Carmo, {n}", "Largo de São Domingos, {n}", "Rua da Conceição, {n}"],
    "en": ["{n} High Street", "{n} Church Road", "{n} Victoria Avenue", "{n} Queen's Road",
           "{n} Mill Lane", "{n} Park View"],
}
STREET2 = {"es": ["{n}º {l}", "Bajo {l}", "Escalera {n}, {n}º"], "fr": ["Bâtiment {l}", "Appt {n}{n}"],
           "pt": ["{n}º Esq.", "{n}º Dto.", "R/C {l}"], "en": ["Flat {n}", "Apartment {n}{l}"]}

ORGS = {
    "es": [("Centro de Salud Delicias", "Médica de familia"),
           ("Hospital Universitario La Paz", "Psiquiatra"),
           ("Colegio San José de Calasanz", "Orientadora"),
           ("Clínica Dental Peñalver", "Odontólogo")],
    "fr": [("Cabinet médical Saint-Éloi", "Médecin généraliste"),
           ("Hôpital Pitié-Salpêtrière", "Psychiatre"),
           ("Lycée Louis-Pergaud", "Conseillère d'orientation"),
           ("Mutuelle Générale de l'Éducation", "Gestionnaire")],
    "pt": [("Centro de Saúde de Alvalade", "Médico de família"),
           ("Hospital de Santa Maria", "Psicóloga clínica"),
           ("Escola Secundária Camões", "Orientadora"),
           ("Seguros Fidelidade", "Gestor de sinistros")],
    "en": [("Riverside GP Surgery", "General practitioner"),
           ("St Mary's Hospital", "Consultant psychiatrist"),
           ("Greenfield Academy", "School counsellor"),
           ("Bupa", "Claims handler")],
}
CANCEL_REASONS = {"es": ["Enfermedad", "Viaje de trabajo", "Cambio de horario"],
                  "fr": ["Malade", "Déplacement professionnel", "Grève des transports"],
                  "pt": ["Doença", "Viagem de trabalho", "Greve dos comboios"],
                  "en": ["Unwell", "Work trip", "Childcare fell through"]}

NOTE_TITLES = {
    "es": ["Nota de sesión", "Llamada telefónica", "Informe de seguimiento", "Evaluación inicial"],
    "fr": ["Note de séance", "Appel téléphonique", "Compte rendu de suivi", "Bilan initial"],
    "pt": ["Nota de sessão", "Chamada telefónica", "Relatório de acompanhamento", "Avaliação inicial"],
    "en": ["Session note", "Phone call", "Progress report", "Initial assessment"],
}
SENTENCES = {
    "es": ["El cliente refiere una mejoría notable del sueño desde la última sesión.",
           "Se trabajó la gestión de la ansiedad en situaciones sociales.",
           "Comenta dificultades en el trabajo y tensión con su jefa.",
           "Practicamos técnicas de respiración diafragmática durante diez minutos.",
           "Muestra buena adherencia a las tareas acordadas.",
           "Expresa preocupación por la salud de su madre, que vive en Cádiz.",
           "Se revisó el registro de pensamientos automáticos de la semana.",
           "Acordamos reducir la frecuencia de las sesiones a quincenal.",
           "Aparece cierta irritabilidad al hablar de la separación.",
           "Se le recomienda retomar la actividad física tres días por semana."],
    "fr": ["La cliente rapporte une nette amélioration du sommeil depuis la dernière séance.",
           "Nous avons travaillé la gestion de l'anxiété dans les situations sociales.",
           "Il évoque des difficultés au travail et des tensions avec sa hiérarchie.",
           "Exercices de respiration abdominale pratiqués pendant dix minutes.",
           "Bonne adhésion aux tâches convenues entre les séances.",
           "Elle exprime de l'inquiétude pour la santé de son père, hospitalisé à Besançon.",
           "Revue du carnet de pensées automatiques de la semaine.",
           "Nous convenons d'espacer les séances à un rythme bimensuel.",
           "Une certaine irritabilité apparaît lorsqu'il parle de la séparation.",
           "Je lui conseille de reprendre une activité physique régulière."],
    "pt": ["O cliente refere uma melhoria notável do sono desde a última sessão.",
           "Trabalhámos a gestão da ansiedade em situações sociais.",
           "Menciona dificuldades no trabalho e tensão com a chefia.",
           "Praticámos técnicas de respiração diafragmática durante dez minutos.",
           "Demonstra boa adesão às tarefas combinadas.",
           "Manifesta preocupação com a saúde da mãe, que vive em Évora.",
           "Revimos o registo de pensamentos automáticos da semana.",
           "Acordámos passar as sessões para uma frequência quinzenal.",
           "Surge alguma irritabilidade ao falar da separação.",
           "Recomenda-se retomar a atividade física três vezes por semana."],
    "en": ["Client reports a marked improvement in sleep since the last session.",
           "We worked on managing anxiety in social situations.",
           "Describes difficulties at work and tension with their manager.",
           "Practised diaphragmatic breathing for ten minutes.",
           "Good adherence to the agreed homework.",
           "Expresses worry about their mother's health; she lives in Leeds.",
           "Reviewed this week's automatic thoughts record.",
           "We agreed to move to fortnightly sessions.",
           "Some irritability shows when talking about the separation.",
           "Advised to resume physical activity three days a week."],
}
PLAN_LABEL = {"es": "Plan", "fr": "Plan", "pt": "Plano", "en": "Plan"}
PLAN_ITEMS = {
    "es": ["Registro diario del estado de ánimo", "Exposición gradual", "Revisar en la próxima sesión"],
    "fr": ["Journal quotidien de l'humeur", "Exposition progressive", "À revoir à la prochaine séance"],
    "pt": ["Registo diário do humor", "Exposição gradual", "Rever na próxima sessão"],
    "en": ["Daily mood diary", "Graded exposure", "Review next session"],
}

TAGS = [("Sliding scale", "#5b7db1"), ("Couples", "#c0587e"), ("Online only", "#3f9c8f"),
        ("Insurance", "#d08c2e"), ("Referral", "#7a5bb1"), ("Waiting list", "#8a8a8a"),
        ("Group", "#4f9d4a"), ("Priority", "#c94f3d")]

SERVICES = [  # name, minutes, price (minor units), tax rate, weight
    ("Individual session", 50, 6000, Decimal("0"), 60),
    ("Online session", 50, 5500, Decimal("0"), 15),
    ("Couples session", 80, 9000, Decimal("0"), 10),
    ("Follow-up call", 25, 3000, Decimal("0"), 8),
    ("Initial assessment", 90, 8000, Decimal("0"), 5),
    ("Group session", 90, 3500, Decimal("21"), 2),
]

STATUS_WEIGHTS = [(ClientStatus.ACTIVE, 70), (ClientStatus.LEAD, 10),
                  (ClientStatus.INACTIVE, 12), (ClientStatus.ARCHIVED, 8)]
# How many appointments a client of each status gets, relatively.
APPOINTMENT_WEIGHT = {ClientStatus.ACTIVE: 10, ClientStatus.INACTIVE: 3,
                      ClientStatus.ARCHIVED: 2, ClientStatus.LEAD: 0.3}

PRACTITIONER = "Inês Carvalho-Martin"


# --- result -----------------------------------------------------------------------------------


@dataclass
class GenerationStats:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    total_seconds: float = 0.0
    file_bytes: int = 0

    def summary(self) -> str:
        lines = [f"Generated {self.path} ({self.file_bytes / 1e6:.1f} MB) "
                 f"in {self.total_seconds:.1f} s"]
        lines += [f"  {name:<22}{n:>9,}" for name, n in self.counts.items()]
        lines.append("  timings: " + ", ".join(f"{k} {v:.1f} s" for k, v in self.seconds.items()))
        return "\n".join(lines)


# --- helpers ----------------------------------------------------------------------------------


def _ascii(text: str) -> str:
    """Name part as an email local part: folded, letters and digits only."""
    return "".join(c for c in validation.fold(text) if c.isascii() and c.isalnum())


def _digits(rng: random.Random, pattern: str) -> str:
    """'#' → a digit, 'A' → a capital letter, anything else as is."""
    return "".join(str(rng.randrange(10)) if c == "#" else
                   chr(65 + rng.randrange(26)) if c == "A" else c for c in pattern)


def _mobile(rng: random.Random, lang: str) -> str:
    return _digits(rng, {"es": "+34 6## ### ###", "fr": "+33 6 ## ## ## ##",
                         "pt": "+351 9## ### ###", "en": "+44 7### ######"}[lang])


def _landline(rng: random.Random, lang: str) -> str:
    return _digits(rng, {"es": "+34 91 ### ## ##", "fr": "+33 1 ## ## ## ##",
                         "pt": "+351 21 ### ####", "en": "+44 20 #### ####"}[lang])


def _email(rng: random.Random, lang: str, first: str, last: str, dob: dt.date | None) -> str:
    f, surname = _ascii(first), _ascii(last.split()[0])
    pattern = rng.random()
    if pattern < 0.45:
        local = f"{f}.{surname}"
    elif pattern < 0.6:
        local = f"{f}_{surname}"
    elif pattern < 0.8:
        local = f"{f[:1]}{surname}"
    else:
        local = f"{f}{surname}{dob.year % 100:02d}" if dob else f"{f}{surname}{rng.randrange(100)}"
    if rng.random() < 0.25:
        local += str(rng.randrange(1, 1000))
    return f"{local}@{rng.choice(EMAIL_DOMAINS[lang])}"


def _search_text(first: str, last: str, preferred: str, organization: str,
                 emails: list[str], phones: list[str]) -> str:
    # The very function the services use, on a stand-in with the attributes it reads, so that
    # the generated search_text cannot drift from what the list filters on.
    person = SimpleNamespace(
        first_name=first, last_name=last, preferred_name=preferred, organization=organization,
        emails=[SimpleNamespace(address=a) for a in emails],
        phones=[SimpleNamespace(number=n) for n in phones],
    )
    return people.search_text(person)


def _note_html(rng: random.Random, lang: str) -> str:
    sentences = SENTENCES[lang]
    parts = []
    for _ in range(rng.randint(2, 4)):
        text = " ".join(rng.sample(sentences, rng.randint(1, 3)))
        if rng.random() < 0.15:
            text = f"<strong>{text}</strong>"
        parts.append(f"<p>{text}</p>")
    if rng.random() < 0.35:
        items = "".join(f"<li>{i}</li>" for i in rng.sample(PLAN_ITEMS[lang], rng.randint(1, 3)))
        parts.append(f"<p><em>{PLAN_LABEL[lang]}:</em></p><ul>{items}</ul>")
    return "".join(parts)


def _max_id(conn, table) -> int:  # noqa: ANN001
    return conn.scalar(select(func.max(table.c.id))) or 0


def _insert(conn, table, rows: list[dict[str, Any]]) -> None:  # noqa: ANN001
    for i in range(0, len(rows), CHUNK):
        conn.execute(insert(table), rows[i:i + CHUNK])


# --- the generator ----------------------------------------------------------------------------


def generate(path: Path | str, passphrase: str = DEFAULT_PASSPHRASE, *,
             clients: int = DEFAULTS["clients"], contacts: int = DEFAULTS["contacts"],
             appointments: int = DEFAULTS["appointments"], notes: int = DEFAULTS["notes"],
             seed: int = DEFAULT_SEED, practice_name: str = "Consulta benchmark practice",
             verbose: bool = False) -> GenerationStats:
    """Create a new workspace at `path` and fill it; returns counts and timings."""
    t_start = time.perf_counter()
    rng = random.Random(seed)
    stats = GenerationStats(path=Path(path).absolute())
    say = print if verbose else (lambda *a, **k: None)

    def lap(name: str, since: float) -> float:
        now_t = time.perf_counter()
        stats.seconds[name] = now_t - since
        say(f"  {name}: {now_t - since:.1f} s")
        return now_t

    ws = create_workspace(path, passphrase, practice_name=practice_name, language="en",
                          currency="EUR", time_zone="Europe/Lisbon")
    try:
        t = lap("create workspace", t_start)
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        today = now.date()

        # Configuration through the real services (a handful of rows, audited as usual).
        tag_ids = [tags.create_tag(ws, name, color) for name, color in TAGS]
        section = custom_fields.create_section(ws, "Intake")
        fields_spec = [
            ("Referral source", FieldType.SINGLE_CHOICE,
             ["GP", "Friend or family", "Website", "Insurance", "Other"]),
            ("Insurance number", FieldType.TEXT, None),
            ("Consent signed", FieldType.CHECKBOX, None),
            ("Intake date", FieldType.DATE, None),
            ("Languages spoken", FieldType.MULTIPLE_CHOICE,
             ["English", "Español", "Français", "Português"]),
            ("Sessions authorised", FieldType.NUMBER, None),
        ]
        field_ids = {label: custom_fields.create_field(ws, section, label, ftype, options)
                     for label, ftype, options in fields_spec}

        with ws.engine.begin() as conn:
            person_base = _max_id(conn, Person.__table__)
            email_base = _max_id(conn, EmailAddress.__table__)
            phone_base = _max_id(conn, PhoneNumber.__table__)
            service_base = _max_id(conn, Service.__table__)
            appt_base = _max_id(conn, Appointment.__table__)
            note_base = _max_id(conn, Note.__table__)

        # --- people ---------------------------------------------------------------------------
        person_rows: list[dict[str, Any]] = []
        email_rows: list[dict[str, Any]] = []
        phone_rows: list[dict[str, Any]] = []
        tag_rows: list[dict[str, Any]] = []
        value_rows: list[dict[str, Any]] = []
        client_info: list[tuple[int, str, str, dt.datetime]] = []  # id, lang, status, created
        contact_info: list[tuple[int, str, bool]] = []  # id, lang, has organization
        statuses = [s for s, _ in STATUS_WEIGHTS]
        status_w = [w for _, w in STATUS_WEIGHTS]

        for i in range(clients + contacts):
            pid = person_base + i + 1
            is_client = i < clients
            lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
            first = rng.choice(FIRST_NAMES[lang])
            last = rng.choice(LAST_NAMES[lang])
            if rng.random() < SECOND_SURNAME[lang]:
                second = rng.choice(LAST_NAMES[lang])
                if second != last:
                    last = f"{last} {second}"
            preferred = PREFERRED.get(first, "") if rng.random() < 0.3 else ""
            pronouns = rng.choice(PRONOUNS[lang]) if rng.random() < 0.05 else ""
            dob = None
            if rng.random() < (0.9 if is_client else 0.1):
                dob = today - dt.timedelta(days=rng.randint(16 * 365, 85 * 365))
            organization = role = ""
            if not is_client and rng.random() < 0.6:
                organization, role = rng.choice(ORGS[lang])
            city, region, postal, country = rng.choice(PLACES[lang])
            has_address = rng.random() < (0.8 if is_client else 0.3)
            emails: list[str] = []
            if rng.random() < (0.93 if is_client else 0.8):
                emails.append(_email(rng, lang, first, last, dob))
                if rng.random() < 0.1:
                    emails.append(_email(rng, lang, first, last, dob))
                    if emails[1].lower() == emails[0].lower():
                        emails.pop()
            phones: list[str] = []
            if rng.random() < (0.9 if is_client else 0.7):
                phones.append(_mobile(rng, lang))
                if rng.random() < 0.15:
                    phones.append(_landline(rng, lang))
            status = rng.choices(statuses, status_w)[0] if is_client else ClientStatus.ACTIVE
            created = now - dt.timedelta(days=rng.randint(0, 3 * 365), seconds=rng.randrange(86400))
            deleted = (created + (now - created) * rng.random()
                       if rng.random() < 0.005 else None)
            person_rows.append({
                "id": pid, "kind": (PersonKind.CLIENT if is_client else PersonKind.CONTACT).value,
                "first_name": first, "last_name": last, "preferred_name": preferred,
                "pronouns": pronouns, "date_of_birth": dob, "status": status.value,
                "organization": organization, "role": role,
                "street": rng.choice(STREETS[lang]).format(n=rng.randint(1, 180)) if has_address else "",
                "street2": (rng.choice(STREET2[lang]).format(n=rng.randint(1, 9), l=rng.choice("ABCD"))
                            if has_address and rng.random() < 0.3 else ""),
                "city": city if has_address else "", "region": region if has_address else "",
                "postal_code": _digits(rng, postal) if has_address else "",
                "country": country if has_address else "",
                "search_text": _search_text(first, last, preferred, organization, emails, phones),
                "sort_name": people.sort_name(SimpleNamespace(first_name=first, last_name=last)),
                "deleted_at": deleted, "created_at": created, "updated_at": deleted or created,
            })
            for pos, addr in enumerate(emails):
                email_rows.append({"id": email_base + len(email_rows) + 1, "person_id": pid,
                                   "address": addr, "address_lower": addr.lower(),
                                   "label": "" if pos == 0 else "work", "position": pos})
            for pos, number in enumerate(phones):
                phone_rows.append({"id": phone_base + len(phone_rows) + 1, "person_id": pid,
                                   "number": number, "label": "mobile" if pos == 0 else "home",
                                   "position": pos})
            if is_client:
                client_info.append((pid, lang, status, created))
                if rng.random() < 0.35:
                    for tid in rng.sample(tag_ids, rng.choices((1, 2, 3), (70, 25, 5))[0]):
                        tag_rows.append({"person_id": pid, "tag_id": tid})
                if rng.random() < 0.6:
                    value_rows += _custom_values(rng, pid, lang, created, field_ids)
            else:
                contact_info.append((pid, lang, bool(organization)))

        rel_rows = _relationships(rng, client_info, contact_info, now)

        # Sanity check a sample against the services' own validation (cheap, catches drift).
        for row in email_rows[:200]:
            validation.email(row["address"])
        for row in phone_rows[:200]:
            validation.phone(row["number"])
        t = lap("build people", t)

        with ws.engine.begin() as conn:
            _insert(conn, Person.__table__, person_rows)
            _insert(conn, EmailAddress.__table__, email_rows)
            _insert(conn, PhoneNumber.__table__, phone_rows)
            _insert(conn, client_tag, tag_rows)
            _insert(conn, CustomFieldValue.__table__, value_rows)
            _insert(conn, Relationship.__table__, rel_rows)
        t = lap("insert people", t)

        # --- services and appointments --------------------------------------------------------
        service_rows = [{"id": service_base + i + 1, "name": name, "duration_minutes": minutes,
                         "price_minor": price, "tax_rate": tax, "active": True, "position": i,
                         "created_at": now - dt.timedelta(days=3 * 365),
                         "updated_at": now - dt.timedelta(days=3 * 365)}
                        for i, (name, minutes, price, tax, _w) in enumerate(SERVICES)]
        appt_rows = _appointments(rng, appointments, client_info, service_rows, now)
        for i, row in enumerate(appt_rows):
            row["id"] = appt_base + i + 1
        t = lap("build appointments", t)
        with ws.engine.begin() as conn:
            _insert(conn, Service.__table__, service_rows)
            _insert(conn, Appointment.__table__, appt_rows)
        t = lap("insert appointments", t)

        # --- notes (several transactions: keeps the WAL from growing to the whole data set) --
        lang_of = {cid: lang for cid, lang, _s, _c in client_info}
        note_count = 0
        for batch in _notes(rng, notes, appt_rows, client_info, lang_of, now):
            for row in batch:
                note_count += 1
                row["id"] = note_base + note_count
                if note_count % RARE_EVERY == RARE_AT:  # no randomness used: the data stays
                    row["body_html"] += RARE_SENTENCE  # the same for a seed
            with ws.engine.begin() as conn:
                _insert(conn, Note.__table__, batch)
        t = lap("notes", t)
        # The full-text index the services keep row by row, built in one pass (migration 0004).
        with ws.engine.begin() as conn:
            doc_index.rebuild(conn)
        t = lap("search index", t)

        with ws.write() as s:
            audit.record(s, "benchmark.generate", "workspace", None,
                         {"clients": clients, "contacts": contacts, "appointments": len(appt_rows),
                          "notes": note_count, "seed": seed, "generator": GENERATOR_VERSION})
        stats.counts = {
            "clients": clients, "contacts": contacts, "emails": len(email_rows),
            "phones": len(phone_rows), "tag links": len(tag_rows),
            "custom field values": len(value_rows), "relationships": len(rel_rows),
            "services": len(service_rows), "appointments": len(appt_rows), "notes": note_count,
        }
    finally:
        ws.close()
    lap("close (checkpoint)", t)
    stats.total_seconds = time.perf_counter() - t_start
    stats.file_bytes = stats.path.stat().st_size
    return stats


def _custom_values(rng: random.Random, pid: int, lang: str, created: dt.datetime,
                   field_ids: dict[str, int]) -> list[dict[str, Any]]:
    """Values in the JSON form custom_fields.normalise_value stores."""
    spoken = {"es": "Español", "fr": "Français", "pt": "Português", "en": "English"}
    candidates = {
        "Referral source": rng.choice(["GP", "Friend or family", "Website", "Insurance", "Other"]),
        "Insurance number": _digits(rng, rng.choice(["AA-########", "###-###-###", "A#######"])),
        "Consent signed": True,
        "Intake date": created.date().isoformat(),
        "Languages spoken": sorted({spoken[lang], rng.choice(list(spoken.values()))},
                                   key=list(spoken.values()).index),
        "Sessions authorised": str(Decimal(rng.choice([6, 8, 10, 12, 20]))),
    }
    chosen = [k for k in candidates if rng.random() < 0.55] or ["Consent signed"]
    return [{"person_id": pid, "field_id": field_ids[k], "value": candidates[k]} for k in chosen]


def _relationships(rng: random.Random, client_info, contact_info, now: dt.datetime):  # noqa: ANN001
    rows: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    client_ids = [c[0] for c in client_info]

    def add(person_id: int, related_id: int, rtype: str, emergency: bool = False) -> None:
        if person_id == related_id or (person_id, related_id) in seen or (related_id, person_id) in seen:
            return
        seen.add((person_id, related_id))
        created = now - dt.timedelta(days=rng.randint(0, 2 * 365))
        rows.append({
            "person_id": person_id, "related_id": related_id, "relation_type": rtype,
            "reciprocal_type": relationships.reciprocal_of(rtype),
            "related_is_emergency_contact": emergency, "person_is_emergency_contact": False,
            "note": "", "created_at": created, "updated_at": created,
        })

    if client_ids:
        # Contacts: practitioners refer clients; family members are emergency contacts.
        for cid, _lang, has_org in contact_info:
            if rng.random() >= 0.45:
                continue
            for client in rng.sample(client_ids, min(len(client_ids), rng.choice((1, 1, 1, 2, 3)))):
                if has_org:
                    add(client, cid, "referring_practitioner")
                else:
                    rtype = rng.choice(["emergency_contact", "parent", "spouse_partner", "sibling"])
                    add(client, cid, rtype, emergency=rtype == "emergency_contact" or rng.random() < 0.3)
        # Clients related to clients (couples, families).
        for _ in range(len(client_ids) // 20):
            a, b = rng.sample(client_ids, 2) if len(client_ids) > 1 else (client_ids[0],) * 2
            add(a, b, rng.choice(["spouse_partner", "spouse_partner", "sibling", "parent"]))
    return rows


def _appointments(rng: random.Random, n: int, client_info, service_rows, now: dt.datetime):  # noqa: ANN001
    if not client_info or n <= 0:
        return []
    weights = [APPOINTMENT_WEIGHT[status] for _id, _l, status, _c in client_info]
    picks = rng.choices(client_info, weights=weights, k=n)
    svc_w = [w for *_rest, w in SERVICES]
    midnight = now.replace(hour=0, minute=0, second=0)
    rows = []
    for cid, lang, status, _created in picks:
        if status in (ClientStatus.INACTIVE, ClientStatus.ARCHIVED):
            day = rng.randint(-365, -30)
        else:
            day = rng.randint(-365, 365)
        start = midnight + dt.timedelta(days=day, hours=rng.randint(8, 19), minutes=rng.choice((0, 15, 30, 45)))
        if start.weekday() == 6:  # no Sunday sessions: move towards today, staying in range
            start += dt.timedelta(days=-1 if day > 0 else 1)
        svc_i = 4 if status == ClientStatus.LEAD else rng.choices(range(len(SERVICES)), svc_w)[0]
        svc = service_rows[svc_i]
        end = start + dt.timedelta(minutes=svc["duration_minutes"])
        if svc["name"] == "Online session":
            kind = LocationKind.VIDEO
        elif svc["name"] == "Follow-up call":
            kind = LocationKind.PHONE
        else:
            kind = LocationKind.VIDEO if rng.random() < 0.15 else LocationKind.IN_PERSON
        cancel_reason = ""
        if start < now:
            appt_status = rng.choices((AppointmentStatus.COMPLETED, AppointmentStatus.CANCELLED,
                                       AppointmentStatus.NO_SHOW), (85, 9, 6))[0]
        else:  # the future is booked; a few are already called off
            appt_status = rng.choices((AppointmentStatus.SCHEDULED, AppointmentStatus.CANCELLED),
                                      (97, 3))[0]
        if appt_status == AppointmentStatus.CANCELLED:
            cancel_reason = rng.choice(CANCEL_REASONS[lang])
        created = min(start - dt.timedelta(days=rng.randint(1, 30), hours=rng.randint(0, 12)), now)
        updated = min(end, now) if appt_status != AppointmentStatus.SCHEDULED else created
        rows.append({
            "client_id": cid, "service_id": svc["id"], "series_id": None,
            "starts_at": start, "ends_at": end, "status": appt_status.value,
            "cancel_reason": cancel_reason, "location_kind": kind.value,
            "location": "Consulta, Rua Augusta 100, Lisboa" if kind == LocationKind.IN_PERSON else "",
            "video_url": (f"https://meet.example.com/{_digits(rng, 'AAA-####-AAA').lower()}"
                          if kind == LocationKind.VIDEO else ""),
            "private_note": "" if rng.random() < 0.95 else rng.choice(SENTENCES[lang]),
            "created_at": created, "updated_at": updated,
        })
    rows.sort(key=lambda r: (r["created_at"], r["starts_at"]))  # ids follow booking order
    return rows


def _notes(rng: random.Random, n: int, appt_rows, client_info, lang_of, now: dt.datetime,  # noqa: ANN001
           batch_size: int = 25_000):
    """Yields batches of note rows: session notes on completed appointments, then free notes."""
    if not client_info or n <= 0:
        return
    completed = [a for a in appt_rows if a["status"] == AppointmentStatus.COMPLETED.value]
    with_appt = rng.sample(completed, min(len(completed), int(n * 0.6)))
    active = [c for c in client_info if c[2] != ClientStatus.LEAD] or client_info
    free_clients = rng.choices(active, k=n - len(with_appt))
    batch: list[dict[str, Any]] = []

    def row(client_id: int, appt_id: int | None, when: dt.datetime, title_i: int) -> dict[str, Any]:
        lang = lang_of[client_id] if rng.random() < 0.9 else rng.choice(LANGS)
        done = rng.random() < (0.6 if now - when < dt.timedelta(days=7) else 0.9)
        completed_at = min(when + dt.timedelta(hours=rng.randint(1, 30)), now) if done else None
        deleted = rng.random() < 0.005
        shared = done and rng.random() < 0.02
        return {
            "client_id": client_id, "appointment_id": appt_id, "template_id": None,
            "title": NOTE_TITLES[lang][title_i], "note_date": when.date(),
            "body_html": _note_html(rng, lang),
            "status": (NoteStatus.COMPLETED if done else NoteStatus.DRAFT).value,
            "completed_at": completed_at, "completed_by": PRACTITIONER if done else "",
            "is_shared": shared, "shared_at": completed_at if shared else None,
            "deleted_at": now if deleted else None,
            "delete_reason": "Duplicate" if deleted else "",
            "created_at": when, "updated_at": completed_at or when,
        }

    for appt in with_appt:
        batch.append(row(appt["client_id"], appt["id"], appt["ends_at"], 0))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    for cid, _lang, _status, created in free_clients:
        span = max((now - created).total_seconds(), 3600)
        when = now - dt.timedelta(seconds=rng.random() * span)
        batch.append(row(cid, None, when, rng.randint(1, 3)))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- command line -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fill a new Consulta workspace with synthetic data.")
    parser.add_argument("--out", required=True, type=Path, help="the new workspace file (must not exist)")
    parser.add_argument("--passphrase", default=DEFAULT_PASSPHRASE)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    for name, value in DEFAULTS.items():
        parser.add_argument(f"--{name}", type=int, default=value, help=f"(default {value:,})")
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} already exists; choose a new path")
    print(f"Generating {args.clients:,} clients, {args.contacts:,} contacts, "
          f"{args.appointments:,} appointments, {args.notes:,} notes (seed {args.seed}) ...")
    stats = generate(args.out, args.passphrase, clients=args.clients, contacts=args.contacts,
                     appointments=args.appointments, notes=args.notes, seed=args.seed, verbose=True)
    print(stats.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
