"""The words printed on invoices, credit notes, receipts and CSV exports, per language.

Documents are written in the invoice's language, which need not be the language of the running
app, and the core cannot use Qt's translator: so the few dozen labels live here, one small dict
per language. `{placeholders}` are filled with str.format.
"""

from __future__ import annotations

from app.documents.money_format import base_language

EN = {
    "invoice": "Invoice", "credit_note": "Credit note", "receipt": "Receipt",
    "draft_invoice": "Draft invoice",
    "draft_notice": "Draft: not a valid invoice until it is issued",
    "number": "Number", "issue_date": "Date", "due_date": "Due date",
    "bill_to": "Bill to", "received_from": "Received from",
    "date": "Date", "description": "Description", "quantity": "Qty",
    "unit_price": "Unit price", "tax": "Tax", "amount": "Amount",
    "line_discount": "Discount {rate}",
    "subtotal": "Subtotal", "discount": "Discount ({rate})", "discount_total": "Discount", "tax_line": "Tax {rate} on {base}",
    "total": "Total", "paid": "Paid", "balance_due": "Balance due",
    "overpaid": "Paid in excess (credit)", "credit_total": "Total credited",
    "payment_instructions": "Payment instructions", "notes": "Notes",
    "page": "Page {page} of {pages}", "tax_number": "Tax no. {number}",
    "credits_invoice": "Cancels invoice {number} of {date}.", "reason": "Reason: {reason}",
    "status_paid": "Paid", "status_cancelled": "Cancelled by credit note {number}",
    "status_overdue": "Overdue",
    "payment_date": "Payment date", "amount_received": "Amount received",
    "method": "Method", "reference": "Reference", "for_invoice": "For invoice",
    "invoice_total": "Invoice total", "paid_to_date": "Paid to date",
    "remaining": "Remaining to pay", "kept_as_credit": "Kept as credit",
    "no_invoice": "None (kept as credit)",
    "method_cash": "Cash", "method_card": "Card", "method_bank_transfer": "Bank transfer",
    "method_insurance": "Insurance", "method_other": "Other",
    "client": "Client", "kind": "Type", "status": "Status", "currency": "Currency",
    "credited_invoice": "Credited invoice",
    "st_draft": "Draft", "st_issued": "Unpaid", "st_partially_paid": "Partially paid",
    "st_paid": "Paid", "st_cancelled": "Cancelled", "st_overdue": "Overdue",
}

ES = {
    "invoice": "Factura", "credit_note": "Factura rectificativa", "receipt": "Recibo",
    "draft_invoice": "Borrador de factura",
    "draft_notice": "Borrador: no es una factura válida hasta su emisión",
    "number": "Número", "issue_date": "Fecha", "due_date": "Vencimiento",
    "bill_to": "Facturar a", "received_from": "Recibido de",
    "date": "Fecha", "description": "Concepto", "quantity": "Cant.",
    "unit_price": "Precio unit.", "tax": "IVA", "amount": "Importe",
    "line_discount": "Descuento {rate}",
    "subtotal": "Subtotal", "discount": "Descuento ({rate})", "discount_total": "Descuento", "tax_line": "IVA {rate} sobre {base}",
    "total": "Total", "paid": "Pagado", "balance_due": "Pendiente de pago",
    "overpaid": "Pagado de más (crédito)", "credit_total": "Total rectificado",
    "payment_instructions": "Instrucciones de pago", "notes": "Notas",
    "page": "Página {page} de {pages}", "tax_number": "NIF {number}",
    "credits_invoice": "Rectifica la factura {number} del {date}.", "reason": "Motivo: {reason}",
    "status_paid": "Pagada", "status_cancelled": "Anulada por la factura rectificativa {number}",
    "status_overdue": "Vencida",
    "payment_date": "Fecha de pago", "amount_received": "Importe recibido",
    "method": "Forma de pago", "reference": "Referencia", "for_invoice": "Factura",
    "invoice_total": "Total de la factura", "paid_to_date": "Pagado hasta la fecha",
    "remaining": "Pendiente de pago", "kept_as_credit": "A cuenta (crédito)",
    "no_invoice": "Ninguna (a cuenta)",
    "method_cash": "Efectivo", "method_card": "Tarjeta", "method_bank_transfer": "Transferencia",
    "method_insurance": "Seguro", "method_other": "Otro",
    "client": "Cliente", "kind": "Tipo", "status": "Estado", "currency": "Moneda",
    "credited_invoice": "Factura rectificada",
    "st_draft": "Borrador", "st_issued": "Pendiente", "st_partially_paid": "Pago parcial",
    "st_paid": "Pagada", "st_cancelled": "Anulada", "st_overdue": "Vencida",
}

FR = {
    "invoice": "Facture", "credit_note": "Avoir", "receipt": "Reçu",
    "draft_invoice": "Brouillon de facture",
    "draft_notice": "Brouillon : ce n'est pas une facture tant qu'elle n'est pas émise",
    "number": "Numéro", "issue_date": "Date", "due_date": "Échéance",
    "bill_to": "Facturé à", "received_from": "Reçu de",
    "date": "Date", "description": "Désignation", "quantity": "Qté",
    "unit_price": "Prix unitaire", "tax": "TVA", "amount": "Montant",
    "line_discount": "Remise {rate}",
    "subtotal": "Sous-total", "discount": "Remise ({rate})", "discount_total": "Remise", "tax_line": "TVA {rate} sur {base}",
    "total": "Total", "paid": "Payé", "balance_due": "Reste à payer",
    "overpaid": "Trop-perçu (avoir)", "credit_total": "Total de l'avoir",
    "payment_instructions": "Modalités de paiement", "notes": "Notes",
    "page": "Page {page} sur {pages}", "tax_number": "N° TVA / SIRET {number}",
    "credits_invoice": "Annule la facture {number} du {date}.", "reason": "Motif : {reason}",
    "status_paid": "Payée", "status_cancelled": "Annulée par l'avoir {number}",
    "status_overdue": "En retard",
    "payment_date": "Date du paiement", "amount_received": "Montant reçu",
    "method": "Moyen de paiement", "reference": "Référence", "for_invoice": "Facture",
    "invoice_total": "Total de la facture", "paid_to_date": "Payé à ce jour",
    "remaining": "Reste à payer", "kept_as_credit": "Conservé en avoir",
    "no_invoice": "Aucune (conservé en avoir)",
    "method_cash": "Espèces", "method_card": "Carte", "method_bank_transfer": "Virement",
    "method_insurance": "Assurance", "method_other": "Autre",
    "client": "Client", "kind": "Type", "status": "Statut", "currency": "Devise",
    "credited_invoice": "Facture annulée",
    "st_draft": "Brouillon", "st_issued": "Impayée", "st_partially_paid": "Partiellement payée",
    "st_paid": "Payée", "st_cancelled": "Annulée", "st_overdue": "En retard",
}

PT = {
    "invoice": "Fatura", "credit_note": "Nota de crédito", "receipt": "Recibo",
    "draft_invoice": "Rascunho de fatura",
    "draft_notice": "Rascunho: não é uma fatura válida até ser emitida",
    "number": "Número", "issue_date": "Data", "due_date": "Vencimento",
    "bill_to": "Faturar a", "received_from": "Recebido de",
    "date": "Data", "description": "Descrição", "quantity": "Qtd.",
    "unit_price": "Preço unit.", "tax": "IVA", "amount": "Valor",
    "line_discount": "Desconto {rate}",
    "subtotal": "Subtotal", "discount": "Desconto ({rate})", "discount_total": "Desconto", "tax_line": "IVA {rate} sobre {base}",
    "total": "Total", "paid": "Pago", "balance_due": "Em dívida",
    "overpaid": "Pago em excesso (crédito)", "credit_total": "Total creditado",
    "payment_instructions": "Instruções de pagamento", "notes": "Notas",
    "page": "Página {page} de {pages}", "tax_number": "NIF {number}",
    "credits_invoice": "Anula a fatura {number} de {date}.", "reason": "Motivo: {reason}",
    "status_paid": "Paga", "status_cancelled": "Anulada pela nota de crédito {number}",
    "status_overdue": "Vencida",
    "payment_date": "Data do pagamento", "amount_received": "Valor recebido",
    "method": "Meio de pagamento", "reference": "Referência", "for_invoice": "Fatura",
    "invoice_total": "Total da fatura", "paid_to_date": "Pago até à data",
    "remaining": "Em dívida", "kept_as_credit": "Mantido como crédito",
    "no_invoice": "Nenhuma (mantido como crédito)",
    "method_cash": "Numerário", "method_card": "Cartão", "method_bank_transfer": "Transferência",
    "method_insurance": "Seguro", "method_other": "Outro",
    "client": "Cliente", "kind": "Tipo", "status": "Estado", "currency": "Moeda",
    "credited_invoice": "Fatura anulada",
    "st_draft": "Rascunho", "st_issued": "Por pagar", "st_partially_paid": "Parcialmente paga",
    "st_paid": "Paga", "st_cancelled": "Anulada", "st_overdue": "Vencida",
}

LABELS = {"en": EN, "es": ES, "fr": FR, "pt": PT}


def labels_for(language: str | None) -> dict[str, str]:
    return LABELS[base_language(language)]
