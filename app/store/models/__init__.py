"""All models, imported here so that `Base.metadata` knows every table."""

from __future__ import annotations

from app.store.models.audit import AuditEvent
from app.store.models.base import Base, utcnow
from app.store.models.billing import (
    Invoice,
    InvoiceKind,
    InvoiceLine,
    InvoiceStatus,
    Payment,
    PaymentMethod,
)
from app.store.models.custom_fields import (
    BuiltinSection,
    CustomField,
    CustomFieldValue,
    CustomSection,
    FieldType,
)
from app.store.models.documentation import (
    FormResponse,
    FormTemplate,
    Note,
    NoteAddendum,
    NoteStatus,
    NoteTemplate,
    StoredFile,
)
from app.store.models.mail import (
    EmailAccount,
    MailAddress,
    MailAttachment,
    MailFolder,
    MailLink,
    MailLocation,
    MailMessage,
    OutboxItem,
)
from app.store.models.people import (
    ClientStatus,
    EmailAddress,
    Person,
    PersonKind,
    PhoneNumber,
    Relationship,
    Tag,
    client_tag,
)
from app.store.models.practice import NumberSequence, Practice, Setting
from app.store.models.scheduling import (
    Appointment,
    AppointmentStatus,
    LocationKind,
    RecurrenceSeries,
    Service,
)
from app.store.models.transfer import ImportBatch, ImportBatchItem, ImportStatus

__all__ = [
    "Appointment", "AppointmentStatus", "AuditEvent", "Base", "BuiltinSection", "ClientStatus",
    "CustomField", "CustomFieldValue", "CustomSection", "EmailAccount", "EmailAddress",
    "FieldType", "FormResponse", "FormTemplate", "ImportBatch", "ImportBatchItem", "ImportStatus",
    "Invoice", "InvoiceKind", "InvoiceLine",
    "InvoiceStatus", "LocationKind", "MailAddress", "MailAttachment", "MailFolder", "MailLink", "MailLocation",
    "MailMessage", "Note", "NoteAddendum", "NoteStatus", "NoteTemplate", "NumberSequence",
    "OutboxItem", "Payment", "PaymentMethod", "Person", "PersonKind", "PhoneNumber", "Practice",
    "RecurrenceSeries", "Relationship", "Service", "Setting", "StoredFile", "Tag", "client_tag",
    "utcnow",
]
