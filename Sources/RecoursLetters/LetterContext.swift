import RecoursCore

/// Everything a letter template can use, computed from the dossier. The keys are documented in the
/// README ("Letter templates") so that users can write their own templates.
public struct LetterContext {
    public static let lineWidth = 78

    public let kind: LetterKind
    public let language: LetterLanguage
    public let values: [String: Any]

    /// - Parameters:
    ///   - date: the letter's date ("Bruxelles, le 3 mars 2026"), also the "today" of the sentences.
    ///   - phrases: the letter's language's words (`LetterRenderer.language(for:stage:)` chose the language).
    public init(
        dossier raw: Dossier, kind: LetterKind, catalog: OrganismCatalog, date: CalendarDate, phrases p: LetterPhrases
    ) {
        // Nothing typed may put control characters or terminal escapes into a letter.
        let dossier = raw.sanitizedForOutput
        let resolver = RecipientResolver(catalog: catalog)
        let member = dossier.member
        let dispute = dossier.dispute
        let stage = kind.stage
        let recipient = resolver.recipient(for: dossier, stage: stage, language: p.language)
        let fundOrganism = resolver.fund(of: dossier)
        let fundName =
            fundOrganism.map { $0.name(in: p.language) } ?? resolver.fundName(of: dossier)
        let fundPhrase = fundOrganism.map(p.runningName) ?? resolver.fundPhrase(of: dossier)
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
        v["Fund"] = Self.capitalizedFirst(fundPhrase)
        v["ofFund"] = p.of(fundPhrase)
        v["toFund"] = p.to(fundPhrase)
        v["memberName"] = member.fullName
        v["civilityName"] = [p.civility(member.civility), member.fullName].filter { !$0.isEmpty }.joined(separator: " ")
        v["memberNumber"] = member.memberNumber.trimmed
        v["nationalNumber"] = member.nationalNumber.trimmed
        v["today"] = p.long(date)

        // Header blocks.
        let sender = Self.senderLines(member, phrases: p)
        v["sender"] = sender
        // The recipient's lines are in the letter's language already (`recipient(for:stage:language:)`).
        var recipientLines = recipient?.lines ?? [fundName]
        if kind == .labourCourtPetition { recipientLines = Self.registryLines(dossier, resolver: resolver, phrases: p) }
        let city = member.city.trimmed
        let placeAndDate =
            city.isEmpty ? p.text("placeAndDate.noCity", p.long(date)) : p.text("placeAndDate", city, p.long(date))
        let indent = Self.rightBlockIndent(recipientLines + [placeAndDate])
        let pad = String(repeating: " ", count: indent)
        v["recipientBlock"] = recipientLines.map { pad + $0 }.joined(separator: "\n")
        v["recipientOnline"] = recipient.map { !$0.hasPostalAddress } ?? false
        v["recipientEmail"] = recipient?.email ?? ""
        v["placeAndDate"] = pad + placeAndDate
        v["registeredMention"] = Self.registeredMention(dossier: dossier, kind: kind, phrases: p) ?? ""

        // Subject and references.
        let subjectPhrase = Self.subjectPhrase(dispute, phrases: p)
        v["subjectPhrase"] = subjectPhrase
        v["concerning"] = Self.concerningPhrase(dispute, phrases: p)
        v["subject"] = Self.subjectLine(
            kind: kind, dossier: dossier, fundPhrase: fundPhrase, subjectPhrase: subjectPhrase, phrases: p)
        v["references"] = Self.references(dossier: dossier, kind: kind, phrases: p)

        // The dispute.
        if let incident = DateParser.date(dispute.incidentDate) { v["incidentDate"] = p.long(incident) }
        if let cents = AmountParser.cents(dispute.amount), cents > 0 { v["amount"] = p.amount(cents: cents) }
        if let decision = DateParser.date(dispute.decisionDate) { v["decisionDate"] = p.long(decision) }
        v["decisionReference"] = dispute.decisionReference.trimmed
        v["facts"] = dispute.facts.trimmed
        // Each stage's own request and reasons (prefilled from the previous stage's, see `StageText`).
        v["whyUnsatisfied"] = dossier.stageText(.reasons, of: stage).trimmed
        v["expectations"] = dossier.stageText(.request, of: stage).trimmed
        // Whether an answer was received before this letter: "Cette réponse ne me satisfait pas" only then.
        let contactAnswered = !(dossier.stages.contact?.answer.isBlank ?? true)
        let complaintAnswered =
            stage > .complaint && DateParser.date(dossier.stages.complaint?.answerDate ?? "").map { $0 <= date } == true
        let mediationAnswered = stage > .mediation && !(dossier.stages.mediation?.outcome.isBlank ?? true)
        v["hasAnswer"] = contactAnswered || complaintAnswered || mediationAnswered

        // Earlier stages, cited automatically.
        let chronology = Chronology(
            dossier: dossier, resolver: resolver, catalog: catalog, before: stage, today: date, phrases: p,
            fund: fundPhrase)
        v["chronology"] = chronology.sentences
        v["hasChronology"] = !chronology.sentences.isEmpty
        v["complaintUnanswered"] = chronology.complaintUnansweredSentence ?? ""

        if let sent = dossier.sendingDate(of: .complaint), stage > .complaint { v["complaintDate"] = p.long(sent) }

        // Stage 1: the contact being summarised.
        if let contact = dossier.stages.contact {
            if let d = DateParser.date(contact.date) { v["contactDate"] = p.long(d) }
            v["contactChannel"] = contact.channel.map(p.channel) ?? ""
            // A call or a visit leaves nothing written: the summary confirms it in writing (a form or an e-mail is
            // writing already).
            v["contactWasOral"] = contact.channel.map { $0 == .phone || $0 == .agency } ?? true
            v["contactReference"] = contact.reference.trimmed
            if !contact.answer.trimmed.isEmpty { v["contactAnswer"] = p.quoted(contact.answer) }
        }

        // Delays the recipient has to answer ("10 jours ouvrables", "deux mois").
        if let ack = recipient?.delay(.acknowledgment) { v["acknowledgmentDelay"] = p.delay(ack) }
        if let answer = recipient?.delay(.answer) { v["answerDelay"] = p.delay(answer) }
        // The sentence after the delays asked for joins their paragraph with a space, or opens it without one.
        v["delaysAsked"] = v["acknowledgmentDelay"] != nil || v["answerDelay"] != nil

        // The facts that open this stage, counted like the timeline, on the letter's date.
        let deadlines = DeadlineRules(dossier: dossier, catalog: catalog, today: date)
        if stage == .mediation, let window = deadlines.mediationWindow(), window.isOpen(date) {
            v["mediationInTime"] = p.text(
                "mediationInTime", p.of(p.delay(window.limit.delay)), p.long(window.complaintSent))
        }
        if let appeal = deadlines.courtAppeal(), !appeal.hasPassed(date) {
            // "qui expire le 8 décembre 2026" (the earlier date when a later one is unconfirmed).
            v["courtAppealEnd"] = p.long(appeal.end)
            v["appealInTime"] = p.text("appealInTime", p.delay(appeal.delay))
        }

        // Stage 2: what the complaint keeps open.
        if stage == .complaint {
            v["complaintReserves"] = Self.complaintReserves(
                dossier: dossier, route: route, mediator: resolver.mediator(of: dossier),
                appealEnd: deadlines.courtAppeal().flatMap { $0.hasPassed(date) ? nil : p.long($0.end) }, phrases: p)
        }

        // Stage 3.
        if stage == .mediation, let mediator = resolver.mediator(of: dossier) {
            v["mediatorName"] = mediator.name(in: p.language)
        }
        // Stage 4.
        if stage == .court {
            let court = resolver.court(of: dossier)
            let location = dossier.stages.court?.location.trimmed ?? ""
            if let court {
                // A catalog court names its seat (and division) itself; a generic one takes the typed city.
                let seat =
                    location.isEmpty || court.division != nil || !court.contact.address.isEmpty
                    ? "" : p.text("court.seat", location)
                let name = court.name(in: p.language)
                v["courtName"] = name + seat
                v["courtWithArticle"] = p.courtWithArticle(name) + seat
            }
            if let fund = fundOrganism, dossier.fund.customAddress.isBlank {
                let point = resolver.contactPoint(of: fund, for: .complaint, language: p.language)
                v["fundAddress"] = ([fund.name(in: p.language)] + point.address.map(p.inSentence)).joined(
                    separator: ", ")
            } else {
                v["fundAddress"] =
                    ([fundName]
                    + dossier.fund.customAddress.split(separator: "\n").map {
                        p.inSentence($0.trimmed)
                    })
                    .filter { !$0.isEmpty }.joined(separator: ", ")
            }
            v["memberAddress"] =
                ([
                    p.inSentence(member.street.trimmed), p.inSentence(member.addressComplement.trimmed),
                    "\(member.postalCode.trimmed) \(member.city.trimmed)",
                ].filter { !$0.isEmpty }).joined(separator: ", ")
            if let cents = AmountParser.cents(dispute.amount),
                let threshold = route.flatMap({ catalog.rules(for: $0) })?.amicableAttemptThreshold, isFrance,
                Double(cents) / 100 <= threshold
            {
                // CPC art. 750-1: below the threshold the court is seized only after an amicable attempt. Done (the
                // mediator seized), the letter says it failed; not yet, the letter does not threaten to seize the
                // court "sans autre avis" (tester).
                if dossier.stages.mediation?.date.trimmed.isEmpty == false {
                    v["amicableAttemptDone"] = true
                } else {
                    v["amicableAttemptPending"] = true
                }
            }
        }

        // Attachments that exist on the letter's date (never the letter itself, nor its answer), then signature.
        let enclosed = dossier.enclosures(of: stage, today: date).map(\.attachment)
        let attachments = enclosed.enumerated().map { index, attachment in
            var text = attachment.description.trimmed
            if let d = DateParser.date(attachment.date) {
                // "Attestations de soins (18 séances), du 18 août 2026": never a second pair of parentheses.
                let key = text.hasSuffix(")") ? "attachment.date.afterParenthesis" : "attachment.date"
                text += p.text(key, p.long(d))
            }
            return ["number": index + 1, "text": text] as [String: Any]
        }
        v["attachments"] = attachments
        v["hasAttachments"] = !attachments.isEmpty
        let petition = kind == .labourCourtPetition
        // A recipient addressed by a title ("Monsieur le Médiateur" in its block) is greeted and taken leave of by
        // that title, as a French letter does; others by "Madame, Monsieur".
        let title =
            petition ? nil : recipient.flatMap { Self.addressedTitle(in: $0.lines, prefixes: p.text("title.prefixes")) }
        if petition {
            v["salutation"] = p.text("salutation.petition")
            v["closing"] = p.text("closing.petition")
        } else if let title {
            v["salutation"] = p.text("salutation.titled", title)
            v["closing"] = p.text("closing.letter.titled", title)
        } else {
            v["salutation"] = p.text("salutation.letter")
            v["closing"] = p.text("closing.letter")
        }
        v["signature"] = member.fullName
        let who =
            switch member.civility {
            case .madame: "madame"
            case .monsieur: "monsieur"
            case .none: "none"
            }
        v["undersigned"] = p.text("petition.undersigned.\(who)")
        v["domiciled"] = p.text("petition.domiciled.\(who)")
        v["petitioner"] = p.text("petition.petitioner.\(who)")

        self.kind = kind
        self.language = p.language
        // An empty text or list is "false" for the templates' {{#key}} sections.
        self.values = v.filter { _, value in
            if let text = value as? String { return !text.isEmpty }
            if let list = value as? [Any] { return !list.isEmpty }
            return true
        }
    }

    /// The keys built from the member's civility, asked for by interpolation.
    static let civilityKeys = ["madame", "monsieur", "none"].flatMap {
        ["petition.undersigned.\($0)", "petition.domiciled.\($0)", "petition.petitioner.\($0)"]
    }

    // MARK: Pieces

    static func capitalizedFirst(_ phrase: String) -> String {
        guard let first = phrase.first else { return phrase }
        return first.uppercased() + phrase.dropFirst()
    }

    static func senderLines(_ member: Member, phrases p: LetterPhrases) -> [String] {
        var lines: [String] = []
        let name = [p.civilityInSender ? p.civility(member.civility) : "", member.fullName]
            .filter { !$0.isEmpty }.joined(separator: " ")
        lines.append(name)
        for part in [member.street, member.addressComplement] where !part.trimmed.isEmpty { lines.append(part.trimmed) }
        let cityLine = "\(member.postalCode.trimmed) \(member.city.trimmed)".trimmed
        if !cityLine.isEmpty { lines.append(cityLine) }
        if !member.phone.trimmed.isEmpty { lines.append(p.text("sender.phone", member.phone.trimmed)) }
        if !member.email.trimmed.isEmpty { lines.append(p.text("sender.email", member.email.trimmed)) }
        return lines
    }

    /// The registry of the labour court, in the court's language: the catalog's address, unless the member typed
    /// the registry's address (a court the catalog does not know, or a corrected address).
    static func registryLines(_ dossier: Dossier, resolver: RecipientResolver, phrases p: LetterPhrases) -> [String] {
        let record = dossier.stages.court ?? CourtRecord()
        let court = resolver.court(of: dossier)
        let typed = record.address.split(separator: "\n").map { $0.trimmed }.filter { !$0.isEmpty }
        if typed.isEmpty, let court, !court.contact.address.isEmpty {
            return p.text("petition.registry", p.courtName(court.name(in: p.language))).split(separator: "\n")
                .map(String.init) + court.contact.address
        }
        let location = record.location.trimmed
        let name = court?.name(in: p.language) ?? p.text("court.generic")
        let seat = location.isEmpty ? "" : p.text("court.seat", location)
        return (p.text("petition.registry", p.courtName(name) + seat)).split(separator: "\n").map(String.init) + typed
    }

    /// "Monsieur le Médiateur" from a line "Monsieur le Médiateur de la Mutualité Française" of the recipient's block:
    /// a prefix of the letter's language ("Monsieur le |Madame la ", none in Dutch and German) and the word after it.
    static func addressedTitle(in lines: [String], prefixes: String) -> String? {
        for prefix in prefixes.split(separator: "|").map(String.init) where !prefix.isEmpty {
            for line in lines where line.hasPrefix(prefix) {
                let word = line.dropFirst(prefix.count).prefix { $0.isLetter || $0 == "-" }
                if !word.isEmpty { return prefix + word }
            }
        }
        return nil
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
    static func complaintReserves(
        dossier: Dossier, route: Route?, mediator: Organism?, appealEnd: String?, phrases p: LetterPhrases
    ) -> String? {
        switch route {
        case .belgiumCompulsory?:
            let appeal = appealEnd.map { p.text("reserve.appeal.end", $0) } ?? p.text("reserve.appeal")
            return appeal + (mediator.map { p.text("reserve.next.also", p.to(p.runningName($0))) } ?? "")
        case .belgiumComplementary?, .belgiumHospitalisation?:
            return mediator.map { p.text("reserve.next", p.to(p.runningName($0))) }
        case .franceMutuelle?, .franceInsurer?, .franceProvident?:
            guard dossier.stages.complaint?.mode == .registeredLetter else { return nil }
            let article: String? =
                switch route {
                case .franceMutuelle?: p.text("reserve.prescription.article", p.text("article.franceMutuelle"))
                case .franceInsurer?: p.text("reserve.prescription.article", p.text("article.franceInsurer"))
                default: nil
                }
            return p.text("reserve.prescription", article ?? "")
        case nil:
            return nil
        }
    }

    static func registeredMention(dossier: Dossier, kind: LetterKind, phrases p: LetterPhrases) -> String? {
        let registered = p.text(dossier.country == .france ? "registered.france" : "registered.belgium")
        switch kind {
        case .contactSummary: return nil
        case .complaint: return dossier.stages.complaint?.mode == .registeredLetter ? registered : nil
        case .mediationReferral: return nil
        case .formalNotice: return registered
        case .labourCourtPetition: return nil
        }
    }

    /// A typed text about to go between parentheses: its own parentheses become square brackets, as typography
    /// wants inside parentheses ("(prothèse [couronne sur la 36])", not "(prothèse (couronne sur la 36))").
    static func bracketed(_ text: String) -> String {
        String(text.map { $0 == "(" ? "[" : $0 == ")" ? "]" : $0 })
    }

    static func subjectPhrase(_ dispute: Dispute, phrases p: LetterPhrases) -> String {
        let detail = dispute.subjectDetail.trimmed
        guard let subject = dispute.subject else { return detail.isEmpty ? p.text("subject.none") : detail }
        if subject == .other { return detail.isEmpty ? p.subject(subject) : detail }
        return detail.isEmpty
            ? p.subject(subject) : p.text("subject.withDetail", p.subject(subject), Self.bracketed(detail))
    }

    /// "le refus de remboursement (forfait optique) du 20 mars 2026, portant sur des soins ou un achat du
    /// 12 mars 2026, pour un montant de 320,00 €": the refusal is named by the fund's decision date, never by the
    /// date of the care or purchase; without a decision date nothing is said of the refusal's date.
    static func concerningPhrase(_ dispute: Dispute, phrases p: LetterPhrases) -> String {
        let detail = dispute.subjectDetail.trimmed
        let decisionDate = DateParser.date(dispute.decisionDate)
        let incidentDate = DateParser.date(dispute.incidentDate)
        // The care or event is dated only when it is not the decision's own day (a médecin-conseil's decision).
        let incident = incidentDate.flatMap { $0 == decisionDate ? nil : p.long($0) }
        let decision = decisionDate.map(p.long)
        var text: String
        if dispute.subject == nil || dispute.subject == .other {
            text = detail.isEmpty ? p.text("concerning.other") : p.text("concerning.other.detail", detail)
            if let decision { text += p.text("concerning.other.decision", decision) }
        } else {
            text =
                p.subjectWithArticle(dispute.subject!)
                + (detail.isEmpty ? "" : p.text("concerning.detail", Self.bracketed(detail)))
            if let decision { text += p.text("concerning.decision", decision) }
        }
        if let incident {
            let key = "concerning.incident.\(dispute.subject?.rawValue ?? "other")"
            text += p.raw(key) != nil ? p.text(key, incident) : p.text("concerning.incident", incident)
        }
        if let cents = AmountParser.cents(dispute.amount), cents > 0 {
            text += p.text("concerning.amount", p.amount(cents: cents))
        }
        return text
    }

    static func subjectLine(
        kind: LetterKind, dossier: Dossier, fundPhrase: String, subjectPhrase: String, phrases p: LetterPhrases
    ) -> String {
        switch kind {
        case .contactSummary:
            if let date = DateParser.date(dossier.stages.contact?.date ?? "") {
                return p.text("subjectLine.contactSummary.dated", p.long(date), subjectPhrase)
            }
            return p.text("subjectLine.contactSummary", subjectPhrase)
        case .complaint:
            return p.text("subjectLine.complaint", subjectPhrase)
        case .mediationReferral:
            return p.text("subjectLine.mediation", fundPhrase, subjectPhrase)
        case .labourCourtPetition:
            if let date = DateParser.date(dossier.dispute.decisionDate) {
                return p.text("subjectLine.petition.dated", p.long(date), p.of(fundPhrase))
            }
            return p.text("subjectLine.petition", p.of(fundPhrase))
        case .formalNotice:
            return p.text("subjectLine.formalNotice", subjectPhrase)
        }
    }

    static func references(dossier: Dossier, kind: LetterKind, phrases p: LetterPhrases) -> [String] {
        var list: [String] = []
        let member = dossier.member
        let country = dossier.country == .belgium ? "belgium" : "france"
        if !member.memberNumber.trimmed.isEmpty {
            list.append(p.text("ref.memberNumber.\(country)", member.memberNumber.trimmed))
        }
        let national = member.nationalNumber.trimmed
        if !national.isEmpty { list.append(p.text("ref.national.\(country)", national)) }
        let decision = dossier.dispute
        if kind.stage >= .complaint, !decision.decisionReference.trimmed.isEmpty {
            list.append(p.text("ref.decision", decision.decisionReference.trimmed))
        }
        if kind == .contactSummary, let ref = dossier.stages.contact?.reference.trimmed, !ref.isEmpty {
            list.append(p.text("ref.contact", ref))
        }
        if kind.stage > .complaint, let ref = dossier.stages.complaint?.reference.trimmed, !ref.isEmpty {
            list.append(p.text("ref.complaint", ref))
        }
        if kind.stage > .mediation, let ref = dossier.stages.mediation?.reference.trimmed, !ref.isEmpty {
            list.append(p.text("ref.mediation", ref))
        }
        return list
    }
}
