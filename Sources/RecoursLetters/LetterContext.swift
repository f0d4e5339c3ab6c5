import RecoursCore

/// Everything a letter template can use, computed from the dossier. The keys are documented in the
/// README ("Letter templates") so that users can write their own templates.
public struct LetterContext {
    public static let lineWidth = 78

    public let kind: LetterKind
    public let values: [String: Any]

    /// - Parameters:
    ///   - date: the letter's date ("Bruxelles, le 3 mars 2026"), also the "today" of the sentences.
    public init(dossier raw: Dossier, kind: LetterKind, catalog: OrganismCatalog, date: CalendarDate) {
        // Nothing typed may put control characters or terminal escapes into a letter.
        let dossier = raw.sanitizedForOutput
        let resolver = RecipientResolver(catalog: catalog)
        let member = dossier.member
        let dispute = dossier.dispute
        let stage = kind.stage
        let recipient = resolver.recipient(for: dossier, stage: stage)
        let fundName = resolver.fundName(of: dossier)
        let fundPhrase = resolver.fundPhrase(of: dossier)
        let isFrance = dossier.country == .france

        var v: [String: Any] = [:]
        v["isFrance"] = isFrance
        v["isBelgium"] = dossier.country == .belgium
        let route = catalog.route(of: dossier)
        v["isCompulsory"] = route == .belgiumCompulsory
        v["isComplementaryService"] = route == .belgiumComplementary
        v["fundName"] = fundName
        // "la CAAMI", "La CAAMI", "de la CAAMI", "à la CAAMI": the fund in running text.
        v["fund"] = fundPhrase
        v["Fund"] = French.capitalizedFirst(fundPhrase)
        v["ofFund"] = French.de(fundPhrase)
        v["toFund"] = French.a(fundPhrase)
        v["memberName"] = member.fullName
        v["civilityName"] = [member.civility.letterTitle, member.fullName].filter { !$0.isEmpty }.joined(separator: " ")
        v["memberNumber"] = member.memberNumber.trimmed
        v["nationalNumber"] = member.nationalNumber.trimmed
        v["today"] = FrenchDateFormat.long(date)

        // Header blocks.
        let sender = Self.senderLines(member, country: dossier.country)
        v["sender"] = sender
        let recipientLines = recipient?.lines ?? [fundName]
        let placeAndDate =
            "\(member.city.trimmed.isEmpty ? "" : "\(member.city.trimmed), ")le \(FrenchDateFormat.long(date))"
        let indent = Self.rightBlockIndent(recipientLines + [placeAndDate])
        let pad = String(repeating: " ", count: indent)
        v["recipientBlock"] = recipientLines.map { pad + $0 }.joined(separator: "\n")
        v["recipientOnline"] = recipient.map { !$0.hasPostalAddress } ?? false
        v["recipientEmail"] = recipient?.email ?? ""
        v["placeAndDate"] = pad + placeAndDate
        v["registeredMention"] = Self.registeredMention(dossier: dossier, kind: kind) ?? ""

        // Subject and references.
        let subjectPhrase = Self.subjectPhrase(dispute)
        v["subjectPhrase"] = subjectPhrase
        v["concerning"] = Self.concerningPhrase(dispute)
        v["subject"] = Self.subjectLine(
            kind: kind, dossier: dossier, fundPhrase: fundPhrase, subjectPhrase: subjectPhrase)
        v["references"] = Self.references(dossier: dossier, kind: kind)

        // The dispute.
        if let incident = DateParser.date(dispute.incidentDate) { v["incidentDate"] = FrenchDateFormat.long(incident) }
        if let cents = AmountParser.cents(dispute.amount), cents > 0 { v["amount"] = AmountParser.format(cents: cents) }
        if let decision = DateParser.date(dispute.decisionDate) { v["decisionDate"] = FrenchDateFormat.long(decision) }
        v["decisionReference"] = dispute.decisionReference.trimmed
        v["facts"] = dispute.facts.trimmed
        v["whyUnsatisfied"] = dispute.whyUnsatisfied.trimmed
        v["expectations"] = dispute.expectations.trimmed

        // Earlier stages, cited automatically.
        let chronology = Chronology(dossier: dossier, resolver: resolver, catalog: catalog, before: stage, today: date)
        v["chronology"] = chronology.sentences
        v["hasChronology"] = !chronology.sentences.isEmpty
        v["complaintUnanswered"] = chronology.complaintUnansweredSentence ?? ""

        // Stage 1: the contact being summarised.
        if let contact = dossier.stages.contact {
            if let d = DateParser.date(contact.date) { v["contactDate"] = FrenchDateFormat.long(d) }
            v["contactChannel"] = contact.channel?.phrase ?? ""
            v["contactReference"] = contact.reference.trimmed
            if !contact.answer.trimmed.isEmpty { v["contactAnswer"] = French.quoted(contact.answer) }
        }

        // Delays the recipient has to answer ("10 jours ouvrables", "deux mois").
        if let ack = recipient?.delay(.acknowledgment) { v["acknowledgmentDelay"] = ack.letterPhrase }
        if let answer = recipient?.delay(.answer) { v["answerDelay"] = answer.letterPhrase }

        // The facts that open this stage, counted like the timeline, on the letter's date.
        let deadlines = DeadlineRules(dossier: dossier, catalog: catalog, today: date)
        if stage == .mediation, let window = deadlines.mediationWindow(), window.isOpen(date) {
            v["mediationInTime"] =
                "Je vous saisis dans le délai \(French.de(window.limit.delay.letterPhrase)) qui suit "
                + "ma réclamation écrite du \(FrenchDateFormat.long(window.complaintSent))."
        }
        if let appeal = deadlines.courtAppeal(), !appeal.hasPassed(date) {
            // "qui expire le 8 décembre 2026" (the earlier date when a later one is unconfirmed).
            v["courtAppealEnd"] = FrenchDateFormat.long(appeal.end)
            v["appealInTime"] =
                "Le présent recours est introduit dans le délai de \(appeal.delay.letterPhrase) qui suit "
                + "cette notification."
        }

        // Stage 2: what the complaint keeps open. Letter wording: stays with the letters' language (see the Dutch
        // issue).
        if stage == .complaint {
            v["complaintReserves"] = Self.complaintReserves(
                dossier: dossier, route: route, mediator: resolver.mediator(of: dossier),
                appealEnd: deadlines.courtAppeal().flatMap { $0.hasPassed(date) ? nil : FrenchDateFormat.long($0.end) })
        }

        // Stage 3.
        if stage == .mediation, let mediator = resolver.mediator(of: dossier) {
            v["mediatorName"] = mediator.name
        }
        // Stage 4.
        if stage == .court {
            let court = resolver.court(of: dossier)
            let location = dossier.stages.court?.location.trimmed ?? ""
            if let court {
                // A catalog court names its seat (and division) itself; a generic one takes the typed city.
                let seat =
                    location.isEmpty || court.division != nil || !court.contact.address.isEmpty
                    ? "" : " de \(location)"
                v["courtName"] = court.name + seat
                let lower = court.name.prefix(1).lowercased() + court.name.dropFirst()
                // "le tribunal judiciaire", "la justice de paix".
                v["courtWithArticle"] = (lower.hasPrefix("justice") ? "la " : "le ") + lower + seat
            }
            if let fund = resolver.fund(of: dossier), dossier.fund.customAddress.isBlank {
                let point = resolver.contactPoint(of: fund, for: .complaint)
                v["fundAddress"] = ([fund.name] + point.address).joined(separator: ", ")
            } else {
                v["fundAddress"] = ([fundName] + dossier.fund.customAddress.split(separator: "\n").map { $0.trimmed })
                    .filter { !$0.isEmpty }.joined(separator: ", ")
            }
            v["memberAddress"] =
                ([
                    member.street.trimmed, member.addressComplement.trimmed,
                    "\(member.postalCode.trimmed) \(member.city.trimmed)",
                ].filter { !$0.isEmpty }).joined(separator: ", ")
            if let cents = AmountParser.cents(dispute.amount),
                let threshold = route.flatMap({ catalog.rules(for: $0) })?.amicableAttemptThreshold, isFrance,
                Double(cents) / 100 <= threshold, dossier.stages.mediation?.date.trimmed.isEmpty == false
            {
                v["amicableAttemptDone"] = true
            }
        }

        // Attachments and signature.
        let attachments = dispute.attachments.filter { !$0.isBlank }.enumerated().map { index, attachment in
            var text = attachment.description.trimmed
            if let d = DateParser.date(attachment.date) { text += " (\(FrenchDateFormat.long(d)))" }
            return ["number": index + 1, "text": text] as [String: Any]
        }
        v["attachments"] = attachments
        v["hasAttachments"] = !attachments.isEmpty
        v["salutation"] =
            kind == .labourCourtPetition ? "Madame la Présidente, Monsieur le Président," : "Madame, Monsieur,"
        v["closing"] =
            kind == .labourCourtPetition
            ? "Je vous prie d'agréer, Madame la Présidente, Monsieur le Président, l'expression de ma haute considération."
            : "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."
        v["signature"] = member.fullName
        let (undersigned, domiciled, petitioner) =
            switch member.civility {
            case .madame: ("La soussignée", "domiciliée", "la requérante")
            case .monsieur: ("Le soussigné", "domicilié", "le requérant")
            case .none: ("Le ou la soussigné(e)", "domicilié(e)", "le ou la requérant(e)")
            }
        v["undersigned"] = undersigned
        v["domiciled"] = domiciled
        v["petitioner"] = petitioner

        self.kind = kind
        // An empty text or list is "false" for the templates' {{#key}} sections.
        self.values = v.filter { _, value in
            if let text = value as? String { return !text.isEmpty }
            if let list = value as? [Any] { return !list.isEmpty }
            return true
        }
    }

    // MARK: Pieces

    static func senderLines(_ member: Member, country: Country?) -> [String] {
        var lines: [String] = []
        let name = [member.civility.letterTitle, member.fullName]
            .filter { !$0.isEmpty }.joined(separator: " ")
        lines.append(name)
        for part in [member.street, member.addressComplement] where !part.trimmed.isEmpty { lines.append(part.trimmed) }
        let cityLine = "\(member.postalCode.trimmed) \(member.city.trimmed)".trimmed
        if !cityLine.isEmpty { lines.append(cityLine) }
        if !member.phone.trimmed.isEmpty { lines.append("Tél. : \(member.phone.trimmed)") }
        if !member.email.trimmed.isEmpty { lines.append("E-mail : \(member.email.trimmed)") }
        return lines
    }

    /// The recipient block and the place and date stand on the right, as in a French letter,
    /// as far right as their longest line allows.
    static func rightBlockIndent(_ lines: [String]) -> Int {
        let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
        return max(0, min(40, lineWidth - widest))
    }

    /// A Belgian complaint reserves the appeal to the labour court and names the next recourse; a French one sent by
    /// registered letter says that it interrupts the prescription (L221-12 Code de la mutualité, L114-2 Code des
    /// assurances; the institutions' article is not confirmed: the sentence then cites no article).
    static func complaintReserves(dossier: Dossier, route: Route?, mediator: Organism?, appealEnd: String?) -> String? {
        switch route {
        case .belgiumCompulsory?:
            let appeal =
                appealEnd.map {
                    "Je me réserve le droit de saisir le tribunal du travail dans le délai de recours, qui expire le \($0)."
                }
                ?? "Je me réserve le droit de saisir le tribunal du travail dans le délai de recours de trois mois."
            return appeal
                + (mediator.map {
                    " À défaut de réponse satisfaisante, je m'adresserai également \(French.a($0.runningName))."
                } ?? "")
        case .belgiumComplementary?, .belgiumHospitalisation?:
            return mediator.map { "À défaut de réponse satisfaisante, je m'adresserai \(French.a($0.runningName))." }
        case .franceMutuelle?, .franceInsurer?, .franceProvident?:
            guard dossier.stages.complaint?.mode == .registeredLetter else { return nil }
            let article: String? =
                switch route {
                case .franceMutuelle?: "article L221-12 du Code de la mutualité"
                case .franceInsurer?: "article L114-2 du Code des assurances"
                default: nil
                }
            return "La présente lettre recommandée interrompt la prescription de mon action"
                + (article.map { " (\($0))" } ?? "") + "."
        case nil:
            return nil
        }
    }

    static func registeredMention(dossier: Dossier, kind: LetterKind) -> String? {
        let france = dossier.country == .france
        let registered = france ? "Lettre recommandée avec accusé de réception" : "Envoi recommandé"
        switch kind {
        case .contactSummary: return nil
        case .complaint: return dossier.stages.complaint?.mode == .registeredLetter ? registered : nil
        case .mediationReferral: return nil
        case .formalNotice: return registered
        case .labourCourtPetition: return nil
        }
    }

    static func subjectPhrase(_ dispute: Dispute) -> String {
        let detail = dispute.subjectDetail.trimmed
        guard let subject = dispute.subject else { return detail.isEmpty ? "litige" : detail }
        if subject == .other { return detail.isEmpty ? subject.letterPhrase : detail }
        return detail.isEmpty ? subject.letterPhrase : "\(subject.letterPhrase) (\(detail))"
    }

    /// "le refus de remboursement (séances de kinésithérapie) du 8 septembre 2026, pour un montant de 486,40 €".
    static func concerningPhrase(_ dispute: Dispute) -> String {
        let detail = dispute.subjectDetail.trimmed
        let incident = DateParser.date(dispute.incidentDate).map(FrenchDateFormat.long)
        var text: String
        if dispute.subject == nil || dispute.subject == .other {
            text = detail.isEmpty ? "le litige" : "le litige suivant : \(detail)"
            if let incident { text += " (date de l'incident : \(incident))" }
        } else {
            text = dispute.subject!.phraseWithArticle + (detail.isEmpty ? "" : " (\(detail))")
            if let incident { text += " du \(incident)" }
        }
        if let cents = AmountParser.cents(dispute.amount), cents > 0 {
            text += ", pour un montant de \(AmountParser.format(cents: cents))"
        }
        return text
    }

    static func subjectLine(kind: LetterKind, dossier: Dossier, fundPhrase: String, subjectPhrase: String) -> String {
        switch kind {
        case .contactSummary:
            let date =
                DateParser.date(dossier.stages.contact?.date ?? "").map { " du \(FrenchDateFormat.long($0))" } ?? ""
            return "Suite à mon contact\(date) avec votre service clientèle – \(subjectPhrase)"
        case .complaint:
            return "Réclamation – \(subjectPhrase)"
        case .mediationReferral:
            return "Demande de médiation – litige avec \(fundPhrase) – \(subjectPhrase)"
        case .labourCourtPetition:
            let date = DateParser.date(dossier.dispute.decisionDate).map { " du \(FrenchDateFormat.long($0))" } ?? ""
            return
                "Recours contre la décision\(date) \(French.de(fundPhrase)) (assurance obligatoire soins de santé et indemnités)"
        case .formalNotice:
            return "Mise en demeure – \(subjectPhrase)"
        }
    }

    static func references(dossier: Dossier, kind: LetterKind) -> [String] {
        var list: [String] = []
        let member = dossier.member
        let numberLabel = dossier.country == .belgium ? "N° de membre" : "N° d'adhérent"
        if !member.memberNumber.trimmed.isEmpty { list.append("\(numberLabel) : \(member.memberNumber.trimmed)") }
        let national = member.nationalNumber.trimmed
        if !national.isEmpty {
            list.append(
                dossier.country == .belgium
                    ? "N° national (NISS) : \(national)" : "N° de sécurité sociale : \(national)")
        }
        let decision = dossier.dispute
        if kind.stage >= .complaint, !decision.decisionReference.trimmed.isEmpty {
            list.append("Décision contestée : réf. \(decision.decisionReference.trimmed)")
        }
        if kind == .contactSummary, let ref = dossier.stages.contact?.reference.trimmed, !ref.isEmpty {
            list.append("Référence du contact : \(ref)")
        }
        if kind.stage > .complaint, let ref = dossier.stages.complaint?.reference.trimmed, !ref.isEmpty {
            list.append("Réclamation : réf. \(ref)")
        }
        if kind.stage > .mediation, let ref = dossier.stages.mediation?.reference.trimmed, !ref.isEmpty {
            list.append("Médiation : réf. \(ref)")
        }
        return list
    }
}
