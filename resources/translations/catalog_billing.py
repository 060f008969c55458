"""Billing: invoices and credit notes (the editor, the ⋮ menu, cancelling), payments and
receipts, payment methods, the client's Billing tab, the Billing area, Settings → Billing, and
their core messages.

Merged into catalog.py (see its docstring). Every entry is keyed by context, as in
catalog_scheduling.py, so that "Paid", "Credit" or "Draft" can read differently in a status
pill, a column and a total.

Vocabulary: invoice = factura / facture / fatura; credit note = nota de crédito / avoir /
nota de crédito; receipt = recibo / reçu / recibo; draft = borrador / brouillon / rascunho;
issue = emitir / émettre / emitir; an invoice is cancelled (anulada / annulée / anulada) with a
credit note; overdue = vencida / en retard / vencida; outstanding = pendiente de cobro / restant
dû / por receber (as the Overview's summary says); the client's credit (money paid beyond what
was owed) = saldo a favor / crédit / saldo a favor, never "avoir", which in French is the credit
note; payment method = método de pago / moyen de paiement / método de pagamento; tax = IVA /
TVA / IVA; before tax = sin IVA / HT / sem IVA. A line's description is the French
"désignation".
"""

# ruff: noqa: E501

from __future__ import annotations

# --- shared texts -------------------------------------------------------------------------------

_INVOICE = ("Factura", "Facture", "Fatura")
_INVOICE_N = ("Factura %1", "Facture %1", "Fatura %1")
_CREDIT_NOTE_N = ("Nota de crédito %1", "Avoir %1", "Nota de crédito %1")
_CREDIT_NOTE = ("Nota de crédito", "Avoir", "Nota de crédito")
_DRAFT = ("Borrador", "Brouillon", "Rascunho")
_DELETE_DRAFT = ("Eliminar borrador", "Supprimer le brouillon", "Eliminar rascunho")
_DELETE_DRAFT_MENU = ("Eliminar borrador…", "Supprimer le brouillon…", "Eliminar rascunho…")
_RECORD_PAYMENT = ("Registrar pago…", "Enregistrer un paiement…", "Registar pagamento…")
_SAVE_RECEIPT_PDF = ("Guardar PDF del recibo…", "Enregistrer le PDF du reçu…", "Guardar PDF do recibo…")
_DONE = ("Hecho", "Terminé", "Concluído")
_NOT_DELETED = ("No se ha eliminado", "Non supprimé", "Não foi eliminado")
_SAVED_AS = ("Guardado como %1", "Enregistré sous %1", "Guardado como %1")
_NO_SERVICE = ("Sin servicio", "Aucun service", "Sem serviço")
_AMOUNT = ("Importe", "Montant", "Valor")
_METHOD = ("Método", "Mode", "Método")
_TOTAL = ("Total", "Total", "Total")
_OVERDUE_AMOUNT = ("Vencido", "En retard", "Vencido")
_OUTSTANDING = ("Pendiente de cobro", "Restant dû", "Por receber")
_RECEIVED = ("Cobrado", "Encaissé", "Recebido")
_CLIENT_CREDIT = ("Saldo a favor del cliente", "Crédit du client", "Saldo a favor do cliente")
_CREDIT = ("Saldo a favor", "Crédit", "Saldo a favor")
_INVOICES_N = (("%n factura", "%n facturas"), ("%n facture", "%n factures"), ("%n fatura", "%n faturas"))
_CARD = ("Tarjeta", "Carte", "Cartão")
_BANK_ACCOUNT = ("Cuenta bancaria", "Compte bancaire", "Conta bancária")
_ADD_LINE_FIRST = ("Añade al menos una línea antes de emitir la factura.", "Ajoutez au moins une ligne avant d'émettre la facture.", "Adicione pelo menos uma linha antes de emitir a fatura.")
_DESCRIPTION_NEEDED = ("Cada línea necesita una descripción: se imprime en la factura.", "Chaque ligne a besoin d'une désignation : elle est imprimée sur la facture.", "Cada linha precisa de uma descrição: é impressa na fatura.")
_CREDIT_NOTE_NOT_PAID = ("Una nota de crédito no se paga: anula una factura.", "Un avoir ne se paie pas : il annule une facture.", "Uma nota de crédito não se paga: anula uma fatura.")
_CREDIT_NOTE_NOT_CANCELLED = ("Una nota de crédito no se puede anular.", "Un avoir ne peut pas être annulé.", "Uma nota de crédito não pode ser anulada.")
_ALREADY_CANCELLED = ("Esta factura ya está anulada.", "Cette facture est déjà annulée.", "Esta fatura já está anulada.")
_OVERPAID_TIP = ("%1 pagado por encima del total queda como saldo a favor del cliente.", "%1 payé au-delà du total est conservé comme crédit du client.", "%1 pago acima do total fica como saldo a favor do cliente.")

_CONTEXTS: dict[str, dict[str, tuple]] = {
    "Core": {
        # app/services/billing_settings.py
        "The logo must be a PNG image.": ("El logotipo debe ser una imagen PNG.", "Le logo doit être une image PNG.", "O logótipo tem de ser uma imagem PNG."),
        "The logo is too large: choose an image under 2 MB.": ("El logotipo es demasiado grande: elige una imagen de menos de 2 MB.", "Le logo est trop volumineux : choisissez une image de moins de 2 Mo.", "O logótipo é demasiado grande: escolha uma imagem com menos de 2 MB."),
        # app/services/card_safety.py
        "This looks like a full card number, and Consulta never stores full card numbers or security codes: it does no card processing (it works offline). Keep only the brand, the last 4 digits and the expiry date.": ("Parece un número de tarjeta completo, y Consulta nunca guarda números de tarjeta completos ni códigos de seguridad: no procesa tarjetas (funciona sin conexión). Guarda solo la marca, los últimos 4 dígitos y la fecha de caducidad.", "Cela ressemble à un numéro de carte complet, et Consulta n'enregistre jamais de numéro de carte complet ni de code de sécurité : il ne traite aucun paiement par carte (il fonctionne hors ligne). Ne gardez que la marque, les 4 derniers chiffres et la date d'expiration.", "Isto parece um número de cartão completo, e o Consulta nunca guarda números de cartão completos nem códigos de segurança: não processa cartões (funciona sem ligação à internet). Guarde só a marca, os últimos 4 dígitos e a data de validade."),
        "Consulta never stores a card's security code (CVC/CVV) or its full number: it does no card processing (it works offline). Keep only the brand, the last 4 digits and the expiry date.": ("Consulta nunca guarda el código de seguridad de una tarjeta (CVC/CVV) ni su número completo: no procesa tarjetas (funciona sin conexión). Guarda solo la marca, los últimos 4 dígitos y la fecha de caducidad.", "Consulta n'enregistre jamais le code de sécurité d'une carte (CVC/CVV) ni son numéro complet : il ne traite aucun paiement par carte (il fonctionne hors ligne). Ne gardez que la marque, les 4 derniers chiffres et la date d'expiration.", "O Consulta nunca guarda o código de segurança de um cartão (CVC/CVV) nem o seu número completo: não processa cartões (funciona sem ligação à internet). Guarde só a marca, os últimos 4 dígitos e a data de validade."),
        # app/services/invoice_records.py
        "This invoice no longer exists.": ("Esta factura ya no existe.", "Cette facture n'existe plus.", "Esta fatura já não existe."),
        "Enter a percentage between 0 and 100.": ("Escribe un porcentaje entre 0 y 100.", "Saisissez un pourcentage entre 0 et 100.", "Introduza uma percentagem entre 0 e 100."),
        "The quantity must be more than 0 (up to 4 decimals).": ("La cantidad debe ser mayor que 0 (con 4 decimales como máximo).", "La quantité doit être supérieure à 0 (4 décimales au plus).", "A quantidade tem de ser superior a 0 (até 4 casas decimais)."),
        "The unit price is too large.": ("El precio unitario es demasiado alto.", "Le prix unitaire est trop élevé.", "O preço unitário é demasiado elevado."),
        "That appointment does not belong to this client.": ("Esa cita no es de este cliente.", "Ce rendez-vous n'appartient pas à ce client.", "Essa consulta não pertence a este cliente."),
        "This appointment is already on invoice {number}. Cancel that invoice with a credit note first to invoice it again.": ("Esta cita ya está en la factura {number}. Para volver a facturarla, anula antes esa factura con una nota de crédito.", "Ce rendez-vous figure déjà sur la facture {number}. Pour le facturer à nouveau, annulez d'abord cette facture par un avoir.", "Esta consulta já está na fatura {number}. Para a faturar de novo, anule primeiro essa fatura com uma nota de crédito."),
        "This appointment is already on a draft invoice: finish or delete that draft first.": ("Esta cita ya está en un borrador de factura: termina o elimina antes ese borrador.", "Ce rendez-vous figure déjà sur un brouillon de facture : terminez ou supprimez d'abord ce brouillon.", "Esta consulta já está num rascunho de fatura: conclua ou elimine primeiro esse rascunho."),
        # app/services/invoices.py
        "An invoice can have up to {max} lines.": ("Una factura puede tener {max} líneas como máximo.", "Une facture peut compter {max} lignes au plus.", "Uma fatura pode ter no máximo {max} linhas."),
        "Choose at least one appointment.": ("Elige al menos una cita.", "Choisissez au moins un rendez-vous.", "Escolha pelo menos uma consulta."),
        "An issued invoice cannot be changed or deleted. To correct it, cancel it with a credit note and issue a corrected invoice.": ("Una factura emitida no se puede cambiar ni eliminar. Para corregirla, anúlala con una nota de crédito y emite una factura corregida.", "Une facture émise ne peut être ni modifiée ni supprimée. Pour la corriger, annulez-la par un avoir et émettez une facture corrigée.", "Uma fatura emitida não pode ser alterada nem eliminada. Para a corrigir, anule-a com uma nota de crédito e emita uma fatura corrigida."),
        "The issue date cannot be in the future.": ("La fecha de emisión no puede ser futura.", "La date d'émission ne peut pas être dans le futur.", "A data de emissão não pode ser no futuro."),
        "The issue date cannot be before {date}: numbers follow the order of the dates, and a document dated {date} is already issued.": ("La fecha de emisión no puede ser anterior al {date}: los números siguen el orden de las fechas, y ya hay un documento emitido con fecha {date}.", "La date d'émission ne peut pas être antérieure au {date} : les numéros suivent l'ordre des dates, et un document daté du {date} est déjà émis.", "A data de emissão não pode ser anterior a {date}: os números seguem a ordem das datas, e já foi emitido um documento com a data {date}."),
        "This invoice is already issued (number {number}).": ("Esta factura ya está emitida (número {number}).", "Cette facture est déjà émise (numéro {number}).", "Esta fatura já está emitida (número {number})."),
        "Add at least one line before issuing the invoice.": _ADD_LINE_FIRST,
        "Every line needs a description: it is printed on the invoice.": _DESCRIPTION_NEEDED,
        "An invoice cannot have a negative total. To give money back, cancel an invoice with a credit note.": ("Una factura no puede tener un total negativo. Para devolver dinero, anula una factura con una nota de crédito.", "Une facture ne peut pas avoir un total négatif. Pour rembourser, annulez une facture par un avoir.", "Uma fatura não pode ter um total negativo. Para devolver dinheiro, anule uma fatura com uma nota de crédito."),
        "A credit note cannot be cancelled.": _CREDIT_NOTE_NOT_CANCELLED,
        "A draft has no number yet: delete it instead of cancelling it.": ("Un borrador aún no tiene número: elimínalo en lugar de anularlo.", "Un brouillon n'a pas encore de numéro : supprimez-le au lieu de l'annuler.", "Um rascunho ainda não tem número: elimine-o em vez de o anular."),
        "This invoice is already cancelled.": _ALREADY_CANCELLED,
        "Give the reason for the cancellation: it is printed on the credit note.": ("Indica el motivo de la anulación: se imprime en la nota de crédito.", "Indiquez le motif de l'annulation : il est imprimé sur l'avoir.", "Indique o motivo da anulação: é impresso na nota de crédito."),
        "A credit note cannot be duplicated; duplicate the invoice instead.": ("Una nota de crédito no se puede duplicar; duplica la factura.", "Un avoir ne peut pas être dupliqué ; dupliquez plutôt la facture.", "Uma nota de crédito não pode ser duplicada; duplique antes a fatura."),
        # app/services/numbering.py (rendered with str.format: the doubled braces stay doubled)
        "The number format may only use {{year}} and {{seq}} (for example INV-{{year}}-{{seq:04}}); curly brackets must come in pairs.": ("El formato del número solo puede usar {{year}} y {{seq}} (por ejemplo INV-{{year}}-{{seq:04}}); las llaves deben ir por pares.", "Le format du numéro ne peut utiliser que {{year}} et {{seq}} (par exemple INV-{{year}}-{{seq:04}}) ; les accolades vont par paires.", "O formato do número só pode usar {{year}} e {{seq}} (por exemplo INV-{{year}}-{{seq:04}}); as chavetas têm de vir aos pares."),
        "The number format needs {{seq}} exactly once: it is the running counter that makes each number unique.": ("El formato del número necesita {{seq}} exactamente una vez: es el contador que hace único cada número.", "Le format du numéro doit contenir {{seq}} exactement une fois : c'est le compteur qui rend chaque numéro unique.", "O formato do número precisa de {{seq}} exatamente uma vez: é o contador que torna cada número único."),
        "The number format is too long: numbers may have up to {max} characters.": ("El formato del número es demasiado largo: los números pueden tener {max} caracteres como máximo.", "Le format du numéro est trop long : les numéros peuvent compter {max} caractères au plus.", "O formato do número é demasiado longo: os números podem ter no máximo {max} caracteres."),
        "The number {number} is already used, and numbers are never reused. Change the number format in Settings → Billing (for example add a prefix).": ("El número {number} ya se ha usado, y los números nunca se reutilizan. Cambia el formato del número en Configuración → Facturación (por ejemplo, añade un prefijo).", "Le numéro {number} est déjà utilisé, et les numéros ne sont jamais réutilisés. Modifiez le format du numéro dans Paramètres → Facturation (par exemple en ajoutant un préfixe).", "O número {number} já foi usado, e os números nunca são reutilizados. Altere o formato do número em Definições → Faturação (por exemplo, acrescente um prefixo)."),
        # app/services/payments.py
        "Cash": ("Efectivo", "Espèces", "Numerário"),
        "Card": _CARD,
        "Bank transfer": ("Transferencia", "Virement", "Transferência"),  # short: a list column
        "Insurance": ("Seguro", "Assurance", "Seguro"),
        "That invoice belongs to another client.": ("Esa factura es de otro cliente.", "Cette facture appartient à un autre client.", "Essa fatura pertence a outro cliente."),
        "A credit note is not paid: it cancels an invoice.": _CREDIT_NOTE_NOT_PAID,
        "A draft cannot be paid: issue the invoice first.": ("Un borrador no se puede pagar: emite antes la factura.", "Un brouillon ne peut pas être payé : émettez d'abord la facture.", "Um rascunho não pode ser pago: emita primeiro a fatura."),
        "This invoice is cancelled. Record the payment without an invoice to keep it as the client's credit.": ("Esta factura está anulada. Registra el pago sin factura para dejarlo como saldo a favor del cliente.", "Cette facture est annulée. Enregistrez le paiement sans facture pour le garder comme crédit du client.", "Esta fatura está anulada. Registe o pagamento sem fatura para o manter como saldo a favor do cliente."),
        "This invoice is already paid. Record the payment without an invoice to keep it as the client's credit.": ("Esta factura ya está pagada. Registra el pago sin factura para dejarlo como saldo a favor del cliente.", "Cette facture est déjà payée. Enregistrez le paiement sans facture pour le garder comme crédit du client.", "Esta fatura já está paga. Registe o pagamento sem fatura para o manter como saldo a favor do cliente."),
        "Enter an amount greater than zero.": ("Escribe un importe mayor que cero.", "Saisissez un montant supérieur à zéro.", "Introduza um valor superior a zero."),
        "Choose how it was paid.": ("Elige cómo se pagó.", "Choisissez le mode de paiement.", "Escolha como foi pago."),
        "A payment cannot be dated in the future.": ("Un pago no puede tener una fecha futura.", "Un paiement ne peut pas être daté dans le futur.", "Um pagamento não pode ter uma data futura."),
        "This payment no longer exists.": ("Este pago ya no existe.", "Ce paiement n'existe plus.", "Este pagamento já não existe."),
        "Enter the expiry as a month (1–12) and a year, like 08/2027.": ("Escribe la caducidad como mes (1–12) y año, por ejemplo 08/2027.", "Saisissez l'expiration sous la forme mois (1–12) et année, par exemple 08/2027.", "Introduza a validade como mês (1–12) e ano, por exemplo 08/2027."),
        "Choose a card or a bank account.": ("Elige una tarjeta o una cuenta bancaria.", "Choisissez une carte ou un compte bancaire.", "Escolha um cartão ou uma conta bancária."),
        "Enter only the last 4 digits of the card.": ("Escribe solo los últimos 4 dígitos de la tarjeta.", "Saisissez seulement les 4 derniers chiffres de la carte.", "Introduza só os últimos 4 dígitos do cartão."),
        "Give the bank account a label, like “Joint account, Caixa”.": ("Ponle un nombre a la cuenta bancaria, por ejemplo «Cuenta conjunta, CaixaBank».", "Donnez un libellé au compte bancaire, par exemple « Compte joint, Crédit Agricole ».", "Dê uma designação à conta bancária, por exemplo «Conta conjunta, Caixa»."),
        "This payment method no longer exists.": ("Este método de pago ya no existe.", "Ce moyen de paiement n'existe plus.", "Este método de pagamento já não existe."),
    },

    # --- the invoice editor -------------------------------------------------------------------------
    # One dialog: its "&" letters are &Guardar, &Emitir, &Idioma, &Descuento, &Notas /
    # &Enregistrer, É&mettre, &Langue, &Remise, &Notes / &Guardar, &Emitir, &Idioma, &Desconto, &Notas.
    "InvoiceEditor": {
        "+ Add line": ("+ Añadir línea", "+ Ajouter une ligne", "+ Adicionar linha"),
        "Remove line": ("Quitar línea", "Retirer la ligne", "Remover linha"),
        "Delete draft…": _DELETE_DRAFT_MENU,
        "&Save draft": ("&Guardar borrador", "&Enregistrer le brouillon", "&Guardar rascunho"),
        "&Issue…": ("&Emitir…", "É&mettre…", "&Emitir…"),
        "Give the invoice its number and freeze it": ("Asigna a la factura su número y la deja fija", "Attribue son numéro à la facture et la fige", "Atribui o número à fatura e fixa-a"),
        "Close": ("Cerrar", "Fermer", "Fechar"),
        "Invoice discount: %1": ("Descuento de la factura: %1", "Remise sur la facture : %1", "Desconto na fatura: %1"),
        "Line %1, %2: %3": ("Línea %1, %2: %3", "Ligne %1, %2 : %3", "Linha %1, %2: %3"),
        "Issue invoice": ("Emitir factura", "Émettre la facture", "Emitir fatura"),
        "Issue this invoice to %1 for %2?\n\nIt gets the number %3 and today's date. An issued invoice can no longer be changed or deleted: to correct it, you cancel it with a credit note and issue a new one.": ("¿Emitir esta factura a nombre de %1 por %2?\n\nRecibe el número %3 y la fecha de hoy. Una factura emitida ya no se puede cambiar ni eliminar: para corregirla, se anula con una nota de crédito y se emite una nueva.", "Émettre cette facture au nom de %1 pour %2 ?\n\nElle reçoit le numéro %3 et la date du jour. Une facture émise ne peut plus être modifiée ni supprimée : pour la corriger, on l'annule par un avoir et on en émet une nouvelle.", "Emitir esta fatura em nome de %1 no valor de %2?\n\nRecebe o número %3 e a data de hoje. Uma fatura emitida já não pode ser alterada nem eliminada: para a corrigir, anula-se com uma nota de crédito e emite-se uma nova."),
        "Add at least one line before issuing the invoice.": _ADD_LINE_FIRST,
        "Every line needs a description: it is printed on the invoice.": _DESCRIPTION_NEEDED,
        "Delete draft": _DELETE_DRAFT,
        "Delete this draft invoice for %1? It has no number yet, so no number is lost; its appointments can be invoiced again.": ("¿Eliminar este borrador de factura de %1? Aún no tiene número, así que no se pierde ninguno; sus citas se podrán volver a facturar.", "Supprimer ce brouillon de facture de %1 ? Il n'a pas encore de numéro, donc aucun numéro n'est perdu ; ses rendez-vous pourront être facturés à nouveau.", "Eliminar este rascunho de fatura de %1? Ainda não tem número, por isso nenhum número se perde; as suas consultas podem voltar a ser faturadas."),
        "An invoice for %1 that is not saved": ("Una factura para %1 sin guardar", "Une facture pour %1 non enregistrée", "Uma fatura para %1 por guardar"),
        "This invoice has changes that are not saved. Close it and lose them?": ("Esta factura tiene cambios sin guardar. ¿Cerrarla y perderlos?", "Cette facture a des modifications non enregistrées. La fermer et les perdre ?", "Esta fatura tem alterações por guardar. Fechá-la e perdê-las?"),
        # ui/billing/invoice_heading.py
        "Cancels invoice %1.": ("Anula la factura %1.", "Annule la facture %1.", "Anula a fatura %1."),
        "Cancelled by credit note %1.": ("Anulada por la nota de crédito %1.", "Annulée par l'avoir %1.", "Anulada pela nota de crédito %1."),
        "Reason: %1": ("Motivo: %1", "Motif : %1", "Motivo: %1"),
        "New invoice": ("Nueva factura", "Nouvelle facture", "Nova fatura"),
        "Draft invoice": ("Borrador de factura", "Brouillon de facture", "Rascunho de fatura"),
        "Credit note %1": _CREDIT_NOTE_N,
        "Invoice %1": _INVOICE_N,
        "Not issued yet: no number, and it can still be changed.": ("Aún no emitida: sin número, y todavía se puede cambiar.", "Pas encore émise : sans numéro, elle peut encore être modifiée.", "Ainda não emitida: sem número, e ainda pode ser alterada."),
        "Issued %1": ("Emitida el %1", "Émis le %1", "Emitida a %1"),  # a credit note's (un avoir)
        "Issued %1 · Due %2": ("Emitida el %1 · Vence el %2", "Émise le %1 · Échéance le %2", "Emitida a %1 · Vence a %2"),
    },
    "InvoiceLinesTable": {
        "No service": _NO_SERVICE,
        "Service": ("Servicio", "Service", "Serviço"),
        "Description": ("Descripción", "Désignation", "Descrição"),
        "Qty": ("Cant.", "Qté", "Qtd."),
        "Unit price": ("Precio unitario", "Prix unitaire", "Preço unitário"),
        "Tax %": ("IVA %", "TVA %", "IVA %"),
        "Disc. %": ("Dto. %", "Remise %", "Desc. %"),
        "Amount": _AMOUNT,
        "Discount on this line, in percent": ("Descuento en esta línea, en porcentaje", "Remise sur cette ligne, en pourcentage", "Desconto nesta linha, em percentagem"),
    },
    "InvoiceOptions": {
        "The language of the PDF: its words, dates and amounts": ("El idioma del PDF: sus textos, fechas e importes", "La langue du PDF : ses mots, ses dates et ses montants", "O idioma do PDF: as palavras, as datas e os valores"),
        "Invoice &discount": ("&Descuento de la factura", "&Remise sur la facture", "&Desconto na fatura"),
        "e.g. Thank you for your trust.": ("p. ej., Gracias por su confianza.", "p. ex. Merci de votre confiance.", "p. ex. Obrigado pela sua confiança."),
        "&Notes (printed on the invoice)": ("&Notas (se imprimen en la factura)", "&Notes (imprimées sur la facture)", "&Notas (impressas na fatura)"),
        "Notes": ("Notas", "Notes", "Notas"),
    },
    "InvoicePayments": {
        "Payments": ("Pagos", "Paiements", "Pagamentos"),
        "No payment recorded yet.": ("Aún no hay pagos registrados.", "Aucun paiement enregistré pour l'instant.", "Ainda não há pagamentos registados."),
        "Method": _METHOD,
        "Reference": ("Referencia", "Référence", "Referência"),
        "Amount": _AMOUNT,
    },
    "InvoiceTotalsBox": {
        "Subtotal": ("Subtotal", "Sous-total", "Subtotal"),
        "Discount (%1)": ("Descuento (%1)", "Remise (%1)", "Desconto (%1)"),
        "Tax %1": ("IVA %1", "TVA %1", "IVA %1"),
        "Tax": ("IVA", "TVA", "IVA"),
        "Total credited": ("Total acreditado", "Total de l'avoir", "Total creditado"),
        "Total": _TOTAL,
        "Paid": ("Pagado", "Payé", "Pago"),
        "Balance due": ("Pendiente de pago", "Reste à payer", "Valor em dívida"),
        "Client credit": _CLIENT_CREDIT,
    },
    # A status pill: the word agrees with "la factura / la facture / a fatura".
    "InvoiceStatus": {
        "Draft": _DRAFT,
        "Unpaid": ("Sin pagar", "Non payée", "Por pagar"),
        "Partly paid": ("Pagada en parte", "Payée en partie", "Paga em parte"),
        "Overdue": ("Vencida", "En retard", "Vencida"),
        "Paid": ("Pagada", "Payée", "Paga"),
        "Cancelled": ("Anulada", "Annulée", "Anulada"),
        "Credit note": _CREDIT_NOTE,
    },

    # --- what can be done to an invoice -------------------------------------------------------------
    "InvoiceActions": {
        "The client was erased; this invoice is kept as issued.": ("El cliente se ha borrado definitivamente; esta factura se conserva tal como se emitió.", "Le client a été effacé ; cette facture est conservée telle qu'elle a été émise.", "O cliente foi apagado; esta fatura é mantida tal como foi emitida."),
        "PDF documents (*.pdf)": ("Documentos PDF (*.pdf)", "Documents PDF (*.pdf)", "Documentos PDF (*.pdf)"),
        "The PDF was not saved": ("No se ha guardado el PDF", "Le PDF n'a pas été enregistré", "O PDF não foi guardado"),
        "%1 could not be written: %2": ("No se pudo escribir %1: %2", "%1 n'a pas pu être écrit : %2", "Não foi possível escrever %1: %2"),
        "Save credit note PDF": ("Guardar PDF de la nota de crédito", "Enregistrer le PDF de l'avoir", "Guardar PDF da nota de crédito"),
        "Save invoice PDF": ("Guardar PDF de la factura", "Enregistrer le PDF de la facture", "Guardar PDF da fatura"),
        "Save receipt PDF": ("Guardar PDF del recibo", "Enregistrer le PDF du reçu", "Guardar PDF do recibo"),
        "Not duplicated": ("No se ha duplicado", "Non dupliquée", "Não foi duplicada"),
        "Not deleted": _NOT_DELETED,
        "Delete draft": _DELETE_DRAFT,
        "Delete this draft invoice? It has no number yet, so no number is lost.": ("¿Eliminar este borrador de factura? Aún no tiene número, así que no se pierde ninguno.", "Supprimer ce brouillon de facture ? Il n'a pas encore de numéro, donc aucun numéro n'est perdu.", "Eliminar este rascunho de fatura? Ainda não tem número, por isso nenhum número se perde."),
        "Email comes with the Inbox part of Consulta.": ("El correo llega con la parte Bandeja de entrada de Consulta.", "Le courriel arrive avec la partie Boîte de réception de Consulta.", "O email chega com a parte Caixa de entrada do Consulta."),
        "Issue the invoice before sending it.": ("Emite la factura antes de enviarla.", "Émettez la facture avant de l'envoyer.", "Emita a fatura antes de a enviar."),
        "Not sent": ("No se ha enviado", "Non envoyé", "Não foi enviado"),
        # The email to the client: its subject and text.
        "Credit note %1": _CREDIT_NOTE_N,
        "Hello %1,\n\nPlease find attached credit note %2, which cancels invoice %3.\n\nKind regards,\n%4": ("Hola, %1:\n\nAdjunto la nota de crédito %2, que anula la factura %3.\n\nUn saludo,\n%4", "Bonjour %1,\n\nVeuillez trouver ci-joint l'avoir %2, qui annule la facture %3.\n\nBien cordialement,\n%4", "Olá %1,\n\nSegue em anexo a nota de crédito %2, que anula a fatura %3.\n\nCom os melhores cumprimentos,\n%4"),
        "Invoice %1": _INVOICE_N,
        "Hello %1,\n\nPlease find attached invoice %2 for %3.\n\nKind regards,\n%4": ("Hola, %1:\n\nAdjunto la factura %2 por %3.\n\nUn saludo,\n%4", "Bonjour %1,\n\nVeuillez trouver ci-joint la facture %2 d'un montant de %3.\n\nBien cordialement,\n%4", "Olá %1,\n\nSegue em anexo a fatura %2, no valor de %3.\n\nCom os melhores cumprimentos,\n%4"),
        "A credit note is not paid: it cancels an invoice.": _CREDIT_NOTE_NOT_PAID,
        "Issue the invoice before recording a payment.": ("Emite la factura antes de registrar un pago.", "Émettez la facture avant d'enregistrer un paiement.", "Emita a fatura antes de registar um pagamento."),
        "This invoice is paid.": ("Esta factura está pagada.", "Cette facture est payée.", "Esta fatura está paga."),
        "This invoice is cancelled.": ("Esta factura está anulada.", "Cette facture est annulée.", "Esta fatura está anulada."),
        "A credit note cannot be cancelled.": _CREDIT_NOTE_NOT_CANCELLED,
        "A draft has no number yet: delete it instead.": ("Un borrador aún no tiene número: elimínalo.", "Un brouillon n'a pas encore de numéro : supprimez-le plutôt.", "Um rascunho ainda não tem número: elimine-o."),
        "This invoice is already cancelled.": _ALREADY_CANCELLED,
        "Duplicate the invoice instead of its credit note.": ("Duplica la factura en lugar de su nota de crédito.", "Dupliquez la facture plutôt que son avoir.", "Duplique a fatura em vez da nota de crédito."),
        "Edit draft…": ("Editar borrador…", "Modifier le brouillon…", "Editar rascunho…"),
        "View credit note": ("Ver nota de crédito", "Voir l'avoir", "Ver nota de crédito"),
        "View invoice": ("Ver factura", "Voir la facture", "Ver fatura"),
        "Download PDF…": ("Descargar PDF…", "Télécharger le PDF…", "Transferir PDF…"),
        "Email…": ("Enviar por correo…", "Envoyer par courriel…", "Enviar por email…"),
        "Record payment…": _RECORD_PAYMENT,
        "Cancel with credit note…": ("Anular con nota de crédito…", "Annuler par un avoir…", "Anular com nota de crédito…"),
        "Duplicate": ("Duplicar", "Dupliquer", "Duplicar"),
        "Delete draft…": _DELETE_DRAFT_MENU,
    },
    "ActionStrip": {
        "More actions": ("Más acciones", "Plus d'actions", "Mais ações"),
    },
    "CreditNoteDialog": {
        "Cancel invoice %1": ("Anular la factura %1", "Annuler la facture %1", "Anular a fatura %1"),
        "An issued invoice is never changed or deleted. Cancelling it issues a credit note for its full amount (%1), with its own number and a reference to %2. You can then issue a corrected invoice.": ("Una factura emitida nunca se cambia ni se elimina. Al anularla se emite una nota de crédito por su importe total (%1), con su propio número y una referencia a %2. Después puedes emitir una factura corregida.", "Une facture émise n'est jamais modifiée ni supprimée. L'annuler émet un avoir de son montant total (%1), avec son propre numéro et une référence à %2. Vous pourrez ensuite émettre une facture corrigée.", "Uma fatura emitida nunca é alterada nem eliminada. Ao anulá-la, é emitida uma nota de crédito pelo valor total (%1), com número próprio e uma referência a %2. Depois pode emitir uma fatura corrigida."),
        "The %1 already paid on it stays with the client as credit.": ("Lo ya pagado (%1) queda como saldo a favor del cliente.", "Les %1 déjà payés restent au client sous forme de crédit.", "O valor já pago (%1) fica como saldo a favor do cliente."),
        "Wrong amount": ("Importe incorrecto", "Montant erroné", "Valor errado"),
        "Wrong client details": ("Datos del cliente incorrectos", "Coordonnées du client erronées", "Dados do cliente errados"),
        "The session did not take place": ("La sesión no tuvo lugar", "La séance n'a pas eu lieu", "A sessão não se realizou"),
        "Invoiced twice": ("Facturada dos veces", "Facturée deux fois", "Faturada duas vezes"),
        "Printed on the credit note": ("Se imprime en la nota de crédito", "Imprimé sur l'avoir", "Impresso na nota de crédito"),
        "&Reason": ("&Motivo", "&Motif", "&Motivo"),
        "Keep invoice": ("Conservar la factura", "Garder la facture", "Manter a fatura"),
        "Issue credit note": ("Emitir nota de crédito", "Émettre l'avoir", "Emitir nota de crédito"),
        "Credit note %1 is issued and invoice %2 is cancelled.": ("Se ha emitido la nota de crédito %1 y se ha anulado la factura %2.", "L'avoir %1 est émis et la facture %2 est annulée.", "A nota de crédito %1 foi emitida e a fatura %2 foi anulada."),
        "Credit note issued": ("Nota de crédito emitida", "Avoir émis", "Nota de crédito emitida"),
        "Send the credit note to the client. To bill the right amount, make a corrected copy of the invoice and issue it.": ("Envía la nota de crédito al cliente. Para facturar el importe correcto, haz una copia corregida de la factura y emítela.", "Envoyez l'avoir au client. Pour facturer le bon montant, faites une copie corrigée de la facture et émettez-la.", "Envie a nota de crédito ao cliente. Para faturar o valor certo, faça uma cópia corrigida da fatura e emita-a."),
        "Save credit note PDF…": ("Guardar PDF de la nota de crédito…", "Enregistrer le PDF de l'avoir…", "Guardar PDF da nota de crédito…"),
        "Make a corrected copy…": ("Hacer una copia corregida…", "Faire une copie corrigée…", "Fazer uma cópia corrigida…"),
        "Done": _DONE,
        "Saved as %1": _SAVED_AS,  # the PDF, after it is saved
    },
    "CreateInvoice": {
        "No invoice created": ("No se ha creado ninguna factura", "Aucune facture créée", "Nenhuma fatura criada"),
    },
    "InvoiceAppointmentsDialog": {
        "Invoice completed appointments": ("Facturar citas completadas", "Facturer les rendez-vous terminés", "Faturar consultas concluídas"),
        "Appointments of %1 that are not on an invoice yet. The ticked ones become the lines of one draft invoice, which you can still change before issuing it.": ("Citas de %1 que aún no están en ninguna factura. Las marcadas pasan a ser las líneas de un borrador de factura, que aún puedes cambiar antes de emitirlo.", "Rendez-vous de %1 qui ne figurent encore sur aucune facture. Ceux qui sont cochés deviennent les lignes d'un brouillon de facture, que vous pouvez encore modifier avant de l'émettre.", "Consultas de %1 que ainda não estão em nenhuma fatura. As assinaladas passam a ser as linhas de um rascunho de fatura, que ainda pode alterar antes de o emitir."),
        "Time": ("Hora", "Heure", "Hora"),
        "Service": ("Servicio", "Service", "Serviço"),
        "Price": ("Precio", "Prix", "Preço"),
        "Also list no-shows (to charge a missed session)": ("Mostrar también las ausencias (para cobrar una sesión perdida)", "Afficher aussi les rendez-vous non honorés (pour facturer une séance manquée)", "Mostrar também as faltas (para cobrar uma sessão falhada)"),
        "Create draft invoice": ("Crear borrador de factura", "Créer un brouillon de facture", "Criar rascunho de fatura"),
        "No service": _NO_SERVICE,
        "%1 (no-show)": ("%1 (no asistió)", "%1 (non honoré)", "%1 (falta)"),
        "No completed appointment is waiting to be invoiced: each one is on an invoice or a draft already.": ("Ninguna cita completada está pendiente de facturar: cada una ya está en una factura o en un borrador.", "Aucun rendez-vous terminé n'attend d'être facturé : chacun figure déjà sur une facture ou un brouillon.", "Nenhuma consulta concluída está por faturar: cada uma já está numa fatura ou num rascunho."),
        "%n appointment(s) ticked, %1 before tax.": (("%n cita marcada, %1 sin IVA.", "%n citas marcadas, %1 sin IVA."), ("%n rendez-vous coché, %1 HT.", "%n rendez-vous cochés, %1 HT."), ("%n consulta assinalada, %1 sem IVA.", "%n consultas assinaladas, %1 sem IVA.")),
    },

    # --- payments ------------------------------------------------------------------------------------
    # Letters: &Factura, Fecha de &cobro, &Importe, &Método, &Referencia / &Facture,
    # &Date d'encaissement, &Montant, Mode de &paiement, &Référence / &Fatura, &Data do
    # recebimento, &Valor, &Método, &Referência.
    "PaymentDialog": {
        "Record payment": ("Registrar pago", "Enregistrer un paiement", "Registar pagamento"),
        "%1 · %2 to pay": ("%1 · %2 por pagar", "%1 · %2 à payer", "%1 · %2 por pagar"),
        "No invoice: keep as the client's credit": ("Sin factura: dejar como saldo a favor del cliente", "Sans facture : garder comme crédit du client", "Sem fatura: manter como saldo a favor do cliente"),
        "e.g. transfer reference, cheque number": ("p. ej., ref. de la transferencia, n.º de cheque", "p. ex. réf. du virement, n° de chèque", "p. ex. ref. da transferência, n.º do cheque"),
        "&Invoice": ("&Factura", "&Facture", "&Fatura"),
        "&Date received": ("Fecha de &cobro", "&Date d'encaissement", "&Data do recebimento"),
        "&Amount": ("&Importe", "&Montant", "&Valor"),
        "&Method": ("&Método", "Mode de &paiement", "&Método"),
        "&Reference": ("&Referencia", "&Référence", "&Referência"),
        "The whole amount is kept as the client's credit.": ("Todo el importe queda como saldo a favor del cliente.", "Tout le montant est conservé comme crédit du client.", "Todo o valor fica como saldo a favor do cliente."),
        "%1 is still to pay on %2.": ("Quedan %1 por pagar en %2.", "Il reste %1 à payer sur %2.", "Ainda faltam %1 por pagar na %2."),
        "%1 will be paid in full.": ("%1 quedará pagada del todo.", "%1 sera entièrement payée.", "A %1 ficará totalmente paga."),
        "A part payment: %1 will remain to pay.": ("Un pago parcial: quedarán %1 por pagar.", "Un paiement partiel : il restera %1 à payer.", "Um pagamento parcial: ficarão %1 por pagar."),
        "%1 more than is owed: kept as the client's credit.": ("%1 más de lo que se debe: queda como saldo a favor del cliente.", "%1 de plus que le dû : conservé comme crédit du client.", "%1 a mais do que o devido: fica como saldo a favor do cliente."),
        "Payment recorded": ("Pago registrado", "Paiement enregistré", "Pagamento registado"),
        "Save receipt PDF…": _SAVE_RECEIPT_PDF,
        "Done": _DONE,
        "%1 received on %2, kept as the client's credit.": ("%1 recibidos el %2, como saldo a favor del cliente.", "%1 reçus le %2, conservés comme crédit du client.", "%1 recebidos a %2, como saldo a favor do cliente."),
        "%1 received on %2 for %3, which is now paid.": ("%1 recibidos el %2 para la %3, que ya está pagada.", "%1 reçus le %2 pour la %3, désormais payée.", "%1 recebidos a %2 para a %3, que fica paga."),
        "%1 received on %2 for %3; %4 remains to pay.": ("%1 recibidos el %2 para la %3; quedan %4 por pagar.", "%1 reçus le %2 pour la %3 ; il reste %4 à payer.", "%1 recebidos a %2 para a %3; ficam %4 por pagar."),
        "Receipt number: %1": ("Número de recibo: %1", "Numéro de reçu : %1", "Número do recibo: %1"),
        "Saved as %1": _SAVED_AS,  # the receipt PDF, after it is saved
    },
    "PaymentList": {
        "Save receipt PDF…": _SAVE_RECEIPT_PDF,
        "Delete payment…": ("Eliminar pago…", "Supprimer le paiement…", "Eliminar pagamento…"),
        "Not deleted": _NOT_DELETED,
        "Delete the payment of %1 received on %2? Do this only for a payment recorded by mistake: its receipt number %3 is not reused, and the log keeps that it was deleted.": ("¿Eliminar el pago de %1 recibido el %2? Hazlo solo con un pago registrado por error: su número de recibo %3 no se reutiliza, y el registro guarda constancia de que se eliminó.", "Supprimer le paiement de %1 reçu le %2 ? À réserver à un paiement enregistré par erreur : son numéro de reçu %3 n'est pas réutilisé, et le journal garde la trace de sa suppression.", "Eliminar o pagamento de %1 recebido a %2? Faça-o só com um pagamento registado por engano: o número de recibo %3 não é reutilizado, e o registo guarda que foi eliminado."),
        "Delete payment": ("Eliminar pago", "Supprimer le paiement", "Eliminar pagamento"),
    },
    "PaymentTableModel": {
        "Amount": _AMOUNT,
        "Invoice": _INVOICE,
        "Receipt": ("Recibo", "Reçu", "Recibo"),
        "Method": _METHOD,
        "Credit": _CREDIT,  # a payment on no invoice
        "%1 of it is kept as the client's credit.": ("%1 queda como saldo a favor del cliente.", "%1 en est conservé comme crédit du client.", "%1 fica como saldo a favor do cliente."),
        "Receipt PDF, delete": ("PDF del recibo, eliminar", "PDF du reçu, supprimer", "PDF do recibo, eliminar"),
    },
    # Letters: &Tarjeta, Cuenta &bancaria, &Marca, Ú&ltimos, &Caducidad, Nombre del t&itular,
    # &Nombre de la cuenta / &Carte, Compte &bancaire, &Marque, 4 &derniers, &Expiration,
    # &Titulaire, &Libellé / &Cartão, Conta &bancária, &Marca, Ú&ltimos, &Validade, &Titular,
    # &Designação.
    "PaymentMethodDialog": {
        "New payment method": ("Nuevo método de pago", "Nouveau moyen de paiement", "Novo método de pagamento"),
        "Consulta does no card processing: it works offline and never charges a card. It keeps only what helps you recognise one — the brand, the last 4 digits and the expiry date — never the full card number or the security code.": ("Consulta no procesa tarjetas: funciona sin conexión y nunca hace cargos en una tarjeta. Solo guarda lo que te ayuda a reconocerla (la marca, los últimos 4 dígitos y la fecha de caducidad), nunca el número completo ni el código de seguridad.", "Consulta ne traite aucun paiement par carte : il fonctionne hors ligne et ne débite jamais de carte. Il ne garde que ce qui vous aide à la reconnaître — la marque, les 4 derniers chiffres et la date d'expiration —, jamais le numéro complet ni le code de sécurité.", "O Consulta não processa cartões: funciona sem ligação à internet e nunca cobra num cartão. Guarda só o que o ajuda a reconhecê-lo — a marca, os últimos 4 dígitos e a data de validade —, nunca o número completo nem o código de segurança."),
        "&Card": ("&Tarjeta", "&Carte", "&Cartão"),
        "&Bank account": ("Cuenta &bancaria", "Compte &bancaire", "Conta &bancária"),
        "e.g. Visa": ("p. ej., Visa", "p. ex. Visa", "p. ex. Visa"),
        "MM/YY": ("MM/AA", "MM/AA", "MM/AA"),
        "e.g. Joint account, Caixa": ("p. ej., Cuenta conjunta, CaixaBank", "p. ex. Compte joint, Crédit Agricole", "p. ex. Conta conjunta, Caixa"),
        "Use as this client's default": ("Usar como predeterminado de este cliente", "Utiliser par défaut pour ce client", "Usar como predefinido deste cliente"),
        "B&rand": ("&Marca", "&Marque", "&Marca"),
        "&Last 4 digits": ("Ú&ltimos 4 dígitos", "4 &derniers chiffres", "Ú&ltimos 4 dígitos"),
        "&Expiry": ("&Caducidad", "&Expiration", "&Validade"),
        "&Holder name": ("Nombre del t&itular", "&Titulaire", "&Titular"),
        "Account &label": ("&Nombre de la cuenta", "&Libellé du compte", "&Designação da conta"),
    },
    "PaymentMethodsPanel": {
        "Payment methods": ("Métodos de pago", "Moyens de paiement", "Métodos de pagamento"),
        "+ New payment method": ("+ Nuevo método de pago", "+ Nouveau moyen de paiement", "+ Novo método de pagamento"),
        "None kept for this client.": ("Ninguno guardado para este cliente.", "Aucun enregistré pour ce client.", "Nenhum guardado para este cliente."),
        "Consulta does no card processing: it only keeps a note of how the client pays (never a full card number or security code).": ("Consulta no procesa tarjetas: solo anota cómo paga el cliente (nunca un número de tarjeta completo ni un código de seguridad).", "Consulta ne traite aucun paiement par carte : il note seulement comment le client paie (jamais un numéro de carte complet ni un code de sécurité).", "O Consulta não processa cartões: só regista como o cliente paga (nunca um número de cartão completo nem um código de segurança)."),
        "Remove payment method": ("Quitar método de pago", "Retirer le moyen de paiement", "Remover método de pagamento"),
        "Remove %1 from this client's payment methods?": ("¿Quitar %1 de los métodos de pago de este cliente?", "Retirer %1 des moyens de paiement de ce client ?", "Remover %1 dos métodos de pagamento deste cliente?"),
    },
    "MethodRow": {
        "Card": _CARD,
        "Bank account": _BANK_ACCOUNT,
        "Default": ("Predeterminado", "Par défaut", "Predefinido"),
        "Expired": ("Caducada", "Expirée", "Expirado"),
        "Actions for %1": ("Acciones para %1", "Actions pour %1", "Ações para %1"),
        "Make default": ("Hacer predeterminado", "Définir par défaut", "Tornar predefinido"),
        "Remove…": ("Quitar…", "Retirer…", "Remover…"),
    },

    # --- the client's Billing tab ---------------------------------------------------------------------
    "BillingTab": {
        "Invoice completed appointments…": ("Facturar citas completadas…", "Facturer les rendez-vous terminés…", "Faturar consultas concluídas…"),
        "Record payment…": _RECORD_PAYMENT,
        "+ New invoice": ("+ Nueva factura", "+ Nouvelle facture", "+ Nova fatura"),
        "No invoices for this client yet. Create one with + New invoice, or from their completed appointments.": ("Aún no hay facturas para este cliente. Crea una con + Nueva factura, o a partir de sus citas completadas.", "Pas encore de factures pour ce client. Créez-en une avec + Nouvelle facture, ou à partir de ses rendez-vous terminés.", "Ainda não há faturas para este cliente. Crie uma com + Nova fatura, ou a partir das consultas concluídas."),
        "No payments received yet.": ("Aún no se ha recibido ningún pago.", "Aucun paiement reçu pour l'instant.", "Ainda não foi recebido nenhum pagamento."),
        "Invoices (%1)": ("Facturas (%1)", "Factures (%1)", "Faturas (%1)"),
        "%n completed appointment(s) not invoiced yet": (("%n cita completada aún sin facturar", "%n citas completadas aún sin facturar"), ("%n rendez-vous terminé pas encore facturé", "%n rendez-vous terminés pas encore facturés"), ("%n consulta concluída ainda por faturar", "%n consultas concluídas ainda por faturar")),
        "No completed appointment is waiting for an invoice.": ("Ninguna cita completada está pendiente de facturar.", "Aucun rendez-vous terminé n'attend de facture.", "Nenhuma consulta concluída está à espera de fatura."),
        "Payments (%1)": ("Pagos (%1)", "Paiements (%1)", "Pagamentos (%1)"),
        "Saved %1 in %2": ("%1 guardado en %2", "%1 enregistré dans %2", "%1 guardado em %2"),
    },
    "BillingSummaryStrip": {
        "Total billed": ("Total facturado", "Total facturé", "Total faturado"),
        "Paid": _RECEIVED,
        "Outstanding": _OUTSTANDING,
        "Overdue": _OVERDUE_AMOUNT,
        "Credit": _CREDIT,
        "%n invoice(s)": _INVOICES_N,
        "%n draft(s) not issued": (("%n borrador sin emitir", "%n borradores sin emitir"), ("%n brouillon non émis", "%n brouillons non émis"), ("%n rascunho por emitir", "%n rascunhos por emitir")),
        "All invoices paid": ("Todas las facturas pagadas", "Toutes les factures sont payées", "Todas as faturas pagas"),
        "%n invoice(s) past due": (("%n factura vencida", "%n facturas vencidas"), ("%n facture en retard", "%n factures en retard"), ("%n fatura vencida", "%n faturas vencidas")),
        "paid in advance or beyond what was owed": ("pagado por adelantado o de más", "payé d'avance ou au-delà du dû", "pago adiantado ou acima do devido"),
    },
    "InvoiceTableModel": {
        "Number": ("Número", "Numéro", "Número"),  # not the field type's "Nombre"
        "Issued": ("Emisión", "Émission", "Emissão"),
        "Due": ("Vencimiento", "Échéance", "Vencimento"),
        "Total": _TOTAL,
        "Balance": ("Saldo", "Solde", "Saldo"),
        "for %1": ("de la %1", "sur %1", "da %1"),  # a credit note, beside the invoice it cancels
        "Cancels invoice %1": ("Anula la factura %1", "Annule la facture %1", "Anula a fatura %1"),
        "by %1": ("por %1", "par %1", "pela %1"),  # a cancelled invoice, beside its credit note
        "Cancelled by credit note %1": ("Anulada por la nota de crédito %1", "Annulée par l'avoir %1", "Anulada pela nota de crédito %1"),
        "%1 paid": ("%1 pagado", "%1 payé", "%1 pago"),
        "Not issued yet: it has no number and can still be changed.": ("Aún no emitida: no tiene número y todavía se puede cambiar.", "Pas encore émise : elle n'a pas de numéro et peut encore être modifiée.", "Ainda não emitida: não tem número e ainda pode ser alterada."),
        "%1 credit": ("%1 a favor", "%1 de crédit", "%1 a favor"),
        "%1 paid beyond the total is kept as the client's credit.": _OVERPAID_TIP,
        "%1 paid beyond the total is kept as the client’s credit.": _OVERPAID_TIP,
        "Draft": _DRAFT,
        "A draft gets its number when it is issued.": ("Un borrador recibe su número al emitirse.", "Un brouillon reçoit son numéro lorsqu'il est émis.", "Um rascunho recebe o número quando é emitido."),
        "Credit note for invoice %1": ("Nota de crédito de la factura %1", "Avoir sur la facture %1", "Nota de crédito da fatura %1"),
        "Open %1’s record": ("Abrir la ficha de %1", "Ouvrir le dossier de %1", "Abrir a ficha de %1"),
        "Overdue by %n day(s)": (("Vencida hace %n día", "Vencida hace %n días"), ("En retard de %n jour", "En retard de %n jours"), ("Vencida há %n dia", "Vencida há %n dias")),
        "Paid so far: %1": ("Pagado hasta ahora: %1", "Déjà payé : %1", "Pago até agora: %1"),
    },

    # --- the Billing area -------------------------------------------------------------------------------
    # Letters, with the menus (&Archivo, &Ir a, A&yuda / &Fichier, A&ller à, &Aide / &Ficheiro,
    # &Ir para, A&juda): &Exportar, &Desde, &hasta / &Exporter, &Du, a&u / &Exportar, &De, a&té.
    "BillingArea": {
        "&Export CSV…": ("&Exportar CSV…", "&Exporter en CSV…", "&Exportar CSV…"),
        "Save the invoices shown, with the filters applied, as a spreadsheet file": ("Guarda las facturas mostradas, con los filtros aplicados, en un archivo de hoja de cálculo", "Enregistre les factures affichées, filtres appliqués, dans un fichier de tableur", "Guarda as faturas apresentadas, com os filtros aplicados, num ficheiro de folha de cálculo"),
        "No invoices yet": ("Aún no hay facturas", "Pas encore de factures", "Ainda não há faturas"),
        "%n invoice(s) shown": (("%n factura mostrada", "%n facturas mostradas"), ("%n facture affichée", "%n factures affichées"), ("%n fatura apresentada", "%n faturas apresentadas")),
        "%n draft(s), not in the totals": (("%n borrador, fuera de los totales", "%n borradores, fuera de los totales"), ("%n brouillon, hors totaux", "%n brouillons, hors totaux"), ("%n rascunho, fora dos totais", "%n rascunhos, fora dos totais")),
        "Invoices for all your clients show here. Create one with + New invoice, from a client’s Billing tab, or from a completed appointment’s ⋮ menu.": ("Aquí aparecen las facturas de todos tus clientes. Crea una con + Nueva factura, desde la pestaña Facturación de un cliente o desde el menú ⋮ de una cita completada.", "Les factures de tous vos clients s'affichent ici. Créez-en une avec + Nouvelle facture, depuis l'onglet Facturation d'un client, ou depuis le menu ⋮ d'un rendez-vous terminé.", "As faturas de todos os seus clientes aparecem aqui. Crie uma com + Nova fatura, a partir do separador Faturação de um cliente ou do menu ⋮ de uma consulta concluída."),
        "+ New invoice": ("+ Nueva factura", "+ Nouvelle facture", "+ Nova fatura"),
        "New invoice": ("Nueva factura", "Nouvelle facture", "Nova fatura"),
        "Choose the client to invoice. The invoice starts as a draft you can edit until you issue it.": ("Elige el cliente al que facturar. La factura empieza como un borrador que puedes editar hasta emitirla.", "Choisissez le client à facturer. La facture commence comme un brouillon que vous pouvez modifier jusqu'à son émission.", "Escolha o cliente a faturar. A fatura começa como um rascunho que pode editar até a emitir."),
        "Continue": ("Continuar", "Continuer", "Continuar"),
        "No invoices match these filters": ("Ninguna factura coincide con estos filtros", "Aucune facture ne correspond à ces filtres", "Nenhuma fatura corresponde a estes filtros"),
        "Choose another status or period to see more.": ("Elige otro estado u otro periodo para ver más.", "Choisissez un autre statut ou une autre période pour en voir davantage.", "Escolha outro estado ou período para ver mais."),
        "Drafts have no date until they are issued, so a date range leaves them out. Choose All time to see them.": ("Los borradores no tienen fecha hasta que se emiten, así que un intervalo de fechas los deja fuera. Elige «Todas las fechas» para verlos.", "Les brouillons n'ont pas de date tant qu'ils ne sont pas émis : une plage de dates les exclut. Choisissez « Toutes les dates » pour les voir.", "Os rascunhos não têm data até serem emitidos, por isso um intervalo de datas deixa-os de fora. Escolha «Todas as datas» para os ver."),
        "Open client: %1": ("Abrir cliente: %1", "Ouvrir le client : %1", "Abrir cliente: %1"),
        "Export invoices": ("Exportar facturas", "Exporter les factures", "Exportar faturas"),
        "CSV files (*.csv)": ("Archivos CSV (*.csv)", "Fichiers CSV (*.csv)", "Ficheiros CSV (*.csv)"),
        "The file could not be written: %1": ("No se pudo escribir el archivo: %1", "Le fichier n'a pas pu être écrit : %1", "Não foi possível escrever o ficheiro: %1"),
        "Exported %n invoice(s) to %1": (("Se ha exportado %n factura a %1", "Se han exportado %n facturas a %1"), ("%n facture exportée vers %1", "%n factures exportées vers %1"), ("Foi exportada %n fatura para %1", "Foram exportadas %n faturas para %1")),
    },
    "TotalsStrip": {
        "Billed": ("Facturado", "Facturé", "Faturado"),
        "Paid": _RECEIVED,
        "Outstanding": _OUTSTANDING,
        "Overdue": _OVERDUE_AMOUNT,
        "Client credit": ("Saldo a favor", "Crédit clients", "Saldo a favor"),
        "%n invoice(s)": _INVOICES_N,
        "overpaid or paid ahead": ("pagado de más o por adelantado", "trop-perçu ou payé d'avance", "pago a mais ou adiantado"),
    },
    "BillingFilters": {
        "All": ("Todas", "Toutes", "Todas"),
        "Drafts": ("Borradores", "Brouillons", "Rascunhos"),
        "Open": ("Pendientes", "Non soldées", "Em aberto"),
        "Overdue": ("Vencidas", "En retard", "Vencidas"),
        "Paid": ("Pagadas", "Payées", "Pagas"),
        "Cancelled": ("Anuladas", "Annulées", "Anuladas"),
        "Credit notes": ("Notas de crédito", "Avoirs", "Notas de crédito"),
        "Issued and not fully paid, overdue or not": ("Emitidas y no pagadas del todo, vencidas o no", "Émises et pas entièrement payées, en retard ou non", "Emitidas e não totalmente pagas, vencidas ou não"),
        "Not fully paid and past the due date": ("No pagadas del todo y con el vencimiento pasado", "Pas entièrement payées et dont l'échéance est passée", "Não totalmente pagas e com o vencimento ultrapassado"),
        "Not issued yet: drafts have no date, so a date range leaves them out": ("Aún sin emitir: los borradores no tienen fecha, así que un intervalo de fechas los deja fuera", "Pas encore émises : les brouillons n'ont pas de date, une plage de dates les exclut donc", "Ainda não emitidas: os rascunhos não têm data, por isso um intervalo de datas deixa-os de fora"),
        "Period": ("Periodo", "Période", "Período"),
        "All time": ("Todas las fechas", "Toutes les dates", "Todas as datas"),
        "This month": ("Este mes", "Ce mois-ci", "Este mês"),
        "Last month": ("El mes pasado", "Le mois dernier", "O mês passado"),
        "This year": ("Este año", "Cette année", "Este ano"),
        "Chosen dates": ("Fechas elegidas", "Dates choisies", "Datas escolhidas"),
        "any": ("sin límite", "sans limite", "sem limite"),
        "Issued from": ("Emitidas desde", "Émises à partir du", "Emitidas desde"),
        "Issued until": ("Emitidas hasta", "Émises jusqu'au", "Emitidas até"),
        "Fro&m": ("&Desde", "&Du", "&De"),
        "&to": ("&hasta", "a&u", "a&té"),
    },

    # --- Settings → Billing ---------------------------------------------------------------------------
    # Settings shows General, Services and Billing on one page: Billing's letters are
    # Elegir &PNG, &Quitar, Añadir &tipo / Choisir un &PNG, S&upprimer, A&jouter un taux /
    # Escolher &PNG, Re&mover, Adicionar &taxa (see catalog_scheduling.py for the others).
    "BillingSettingsPage": {
        "Your name": ("Tu nombre", "Votre nom", "O seu nome"),
        "Tax / registration no.": ("NIF / n.º de registro", "N° de TVA / SIRET", "NIF / n.º de registo"),
        "Logo": ("Logotipo", "Logo", "Logótipo"),
        "Currency": ("Moneda", "Devise", "Moeda"),
        "Payment terms": ("Plazo de pago", "Délai de paiement", "Prazo de pagamento"),
        "Tax rates": ("Tipos de IVA", "Taux de TVA", "Taxas de IVA"),
        "Invoice numbers": ("Números de factura", "Numéros de facture", "Números de fatura"),
        "Credit-note numbers": ("Números de nota de crédito", "Numéros d'avoir", "Números de nota de crédito"),
        "Receipt numbers": ("Números de recibo", "Numéros de reçu", "Números de recibo"),
        "Payment instructions": ("Instrucciones de pago", "Instructions de paiement", "Instruções de pagamento"),
        "Footer": ("Pie de página", "Pied de page", "Rodapé"),
        "What your invoices, credit notes and receipts show. Changes are saved as you make them; invoices already issued keep what they were issued with.": ("Lo que muestran tus facturas, notas de crédito y recibos. Los cambios se guardan al hacerlos; las facturas ya emitidas conservan lo que tenían al emitirse.", "Ce qu'affichent vos factures, avoirs et reçus. Les modifications sont enregistrées au fur et à mesure ; les factures déjà émises gardent ce qu'elles avaient à leur émission.", "O que as suas faturas, notas de crédito e recibos mostram. As alterações são guardadas à medida que as faz; as faturas já emitidas mantêm o que tinham quando foram emitidas."),
        "Change in General": ("Cambiar en General", "Modifier dans Général", "Alterar em Geral"),
        "Printed beside your address": ("Se imprime junto a tu dirección", "Imprimé à côté de votre adresse", "Impresso junto à sua morada"),
        "Street, postal code and city, country": ("Calle, código postal y ciudad, país", "Rue, code postal et ville, pays", "Rua, código postal e localidade, país"),
        "e.g. Bank transfer to IBAN PT50 0000 0000 0000 0000 0000 0": ("p. ej., Transferencia bancaria al IBAN ES00 0000 0000 0000 0000 0000", "p. ex. Virement bancaire sur l'IBAN FR76 0000 0000 0000 0000 0000 000", "p. ex. Transferência bancária para o IBAN PT50 0000 0000 0000 0000 0000 0"),
        "e.g. VAT exempt under article 9 of the VAT Code": ("p. ej., Exento de IVA según el artículo 20 de la Ley del IVA", "p. ex. Exonération de TVA, article 261-4-1° du CGI", "p. ex. Isento de IVA ao abrigo do artigo 9.º do CIVA"),
        "Printed at the top of invoices and receipts. A PNG image of up to 2 MB.": ("Se imprime en la parte superior de facturas y recibos. Una imagen PNG de hasta 2 MB.", "Imprimé en haut des factures et des reçus. Une image PNG de 2 Mo au plus.", "Impresso no topo das faturas e recibos. Uma imagem PNG de até 2 MB."),
        "New invoices, and drafts when they are issued, use this currency; issued ones keep theirs.": ("Las facturas nuevas, y los borradores al emitirse, usan esta moneda; las emitidas conservan la suya.", "Les nouvelles factures, et les brouillons lorsqu'ils sont émis, utilisent cette devise ; les factures émises gardent la leur.", "As novas faturas, e os rascunhos quando são emitidos, usam esta moeda; as emitidas mantêm a sua."),
        "Due on the issue date": ("Vence en la fecha de emisión", "Échéance à la date d'émission", "Vence na data de emissão"),
        " days": (" días", " jours", " dias"),
        "after the issue date": ("después de la fecha de emisión", "après la date d'émission", "após a data de emissão"),
        "Offered on invoice lines. Each service has its own rate too (Services above).": ("Se ofrecen en las líneas de factura. Cada servicio tiene además su propio tipo (Servicios, más arriba).", "Proposés sur les lignes de facture. Chaque service a aussi son propre taux (Services, plus haut).", "Disponíveis nas linhas da fatura. Cada serviço tem também a sua própria taxa (Serviços, acima)."),
        "{year} is the year of the issue date and {seq} the running count; {seq:04} writes it with four digits (0007). Numbers run on across years and are never reused.": ("{year} es el año de la fecha de emisión y {seq} el contador; {seq:04} lo escribe con cuatro cifras (0007). Los números continúan de un año a otro y nunca se reutilizan.", "{year} est l'année de la date d'émission et {seq} le compteur ; {seq:04} l'écrit sur quatre chiffres (0007). Les numéros se suivent d'une année à l'autre et ne sont jamais réutilisés.", "{year} é o ano da data de emissão e {seq} o contador; {seq:04} escreve-o com quatro algarismos (0007). Os números continuam de um ano para o outro e nunca são reutilizados."),
        "Letterhead": ("Membrete", "En-tête", "Cabeçalho"),
        "Money": ("Importes", "Montants", "Valores"),
        "Numbering": ("Numeración", "Numérotation", "Numeração"),
        "Printed below the invoice": ("Al pie de la factura", "En bas de la facture", "No fim da fatura"),
        "Saved.": ("Guardado.", "Enregistré.", "Guardado."),
        "Next number: %1": ("Próximo número: %1", "Prochain numéro : %1", "Próximo número: %1"),
        "Saved. %1": ("Guardado. %1", "Enregistré. %1", "Guardado. %1"),
        "Choose a currency from the list.": ("Elige una moneda de la lista.", "Choisissez une devise dans la liste.", "Escolha uma moeda da lista."),
        "Saved: new invoices are in %1.": ("Guardado: las facturas nuevas van en %1.", "Enregistré : les nouvelles factures sont en %1.", "Guardado: as novas faturas ficam em %1."),
        "Saved: new invoices are due %n day(s) after they are issued.": (("Guardado: las facturas nuevas vencen %n día después de emitirse.", "Guardado: las facturas nuevas vencen %n días después de emitirse."), ("Enregistré : les nouvelles factures sont dues %n jour après leur émission.", "Enregistré : les nouvelles factures sont dues %n jours après leur émission."), ("Guardado: as novas faturas vencem %n dia após a emissão.", "Guardado: as novas faturas vencem %n dias após a emissão.")),
        "Saved: new invoices are due on their issue date.": ("Guardado: las facturas nuevas vencen en su fecha de emisión.", "Enregistré : les nouvelles factures sont dues à leur date d'émission.", "Guardado: as novas faturas vencem na data de emissão."),
        "Choose a logo": ("Elegir un logotipo", "Choisir un logo", "Escolher um logótipo"),
        "PNG images (*.png)": ("Imágenes PNG (*.png)", "Images PNG (*.png)", "Imagens PNG (*.png)"),
        "The file could not be read: %1": ("No se pudo leer el archivo: %1", "Le fichier n'a pas pu être lu : %1", "Não foi possível ler o ficheiro: %1"),
        "This PNG image could not be read. Choose another one, or save it again from an image editor.": ("No se pudo leer esta imagen PNG. Elige otra, o vuelve a guardarla desde un editor de imágenes.", "Cette image PNG n'a pas pu être lue. Choisissez-en une autre, ou réenregistrez-la depuis un éditeur d'images.", "Não foi possível ler esta imagem PNG. Escolha outra, ou volte a guardá-la num editor de imagens."),
        "Saved: %1 is printed on new invoices and receipts.": ("Guardado: %1 se imprime en las facturas y recibos nuevos.", "Enregistré : %1 est imprimé sur les nouvelles factures et les nouveaux reçus.", "Guardado: %1 é impresso nas novas faturas e recibos."),
        "Logo removed: new invoices and receipts have none.": ("Logotipo quitado: las facturas y recibos nuevos no llevan ninguno.", "Logo retiré : les nouvelles factures et les nouveaux reçus n'en ont pas.", "Logótipo removido: as novas faturas e recibos não têm nenhum."),
        "Settings → Billing: %1": ("Configuración → Facturación: %1", "Paramètres → Facturation : %1", "Definições → Faturação: %1"),
    },
    "LogoPicker": {
        "&Choose PNG…": ("Elegir &PNG…", "Choisir un &PNG…", "Escolher &PNG…"),
        "Re&move": ("&Quitar", "S&upprimer", "Re&mover"),
        "%1 × %2 pixels": ("%1 × %2 píxeles", "%1 × %2 pixels", "%1 × %2 píxeis"),
        "No logo": ("Sin logotipo", "Aucun logo", "Sem logótipo"),
    },
    "TaxRatesEditor": {
        "e.g. 23": ("p. ej., 21", "p. ex. 20", "p. ex. 23"),
        "New tax rate": ("Nuevo tipo de IVA", "Nouveau taux de TVA", "Nova taxa de IVA"),
        "Add &rate": ("Añadir &tipo", "A&jouter un taux", "Adicionar &taxa"),
        "Remove rate": ("Quitar tipo", "Retirer le taux", "Remover taxa"),
    },
}

BY_CONTEXT: dict[tuple[str, str], tuple] = {
    (context, source): texts
    for context, messages in _CONTEXTS.items()
    for source, texts in messages.items()
}
