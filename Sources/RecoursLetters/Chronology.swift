import RecoursCore

/// The earlier steps of a dossier, as sentences that each letter cites automatically, in the letter's language.
struct Chronology {
    private(set) var sentences: [String] = []
    /// "Ma réclamation du 2 mars 2026 est restée sans réponse au-delà du délai de 2 mois." when it is so.
    private(set) var complaintUnansweredSentence: String?

    init(
        dossier: Dossier, resolver: RecipientResolver, catalog: OrganismCatalog, before stage: EscalationStage,
        today: CalendarDate, phrases p: LetterPhrases, fund: String
    ) {
        // Letters to the fund say "votre service"; letters to a mediator or a court name the fund.
        let toFund =
            stage == .complaint || (stage == .court && !resolver.stageFourIsLabourCourtPetition(dossier))
        let who = toFund ? "toFund" : "other"
        let stages = dossier.stages

        if stage >= .complaint, let decision = DateParser.date(dossier.dispute.decisionDate) {
            let reference = dossier.dispute.decisionReference.trimmed
            let referenceText = reference.isEmpty ? "" : p.text("chrono.decision.reference", reference)
            sentences.append(p.text("chrono.decision.\(who)", p.long(decision), referenceText, fund))
        }
        if stage > .customerService, let contact = stages.contact, let date = DateParser.date(contact.date) {
            let channel = contact.channel.map { p.text("chrono.channel", p.channel($0)) } ?? ""
            let reference = contact.reference.trimmed
            let referenceText = reference.isEmpty ? "" : p.text("chrono.contact.reference", reference)
            var text = p.text("chrono.contact.\(who)", p.long(date), channel, referenceText, p.of(fund))
            if !contact.answer.trimmed.isEmpty { text += p.text("chrono.contact.answer", p.quoted(contact.answer)) }
            sentences.append(text)
        }
        if stage > .complaint, let complaint = stages.complaint {
            // The fund's answer, said from its own date (an answer written down without the complaint's date — the
            // petition accepts that — is not dropped from the petition).
            func answerSentence() -> String? {
                guard let answered = DateParser.date(complaint.answerDate) else { return nil }
                let summary = complaint.answerSummary.trimmed
                let summaryText = summary.isEmpty ? "" : p.text("chrono.answer.summary", p.quoted(summary))
                return p.text("chrono.answer.\(who)", p.long(answered), summaryText, fund)
            }
            if let sent = DateParser.date(complaint.date) {
                let mode = complaint.mode.map { p.text("chrono.channel", p.mode($0)) } ?? ""
                let reference = complaint.reference.trimmed
                let referenceText = reference.isEmpty ? "" : p.text("chrono.reference", reference)
                sentences.append(p.text("chrono.complaint.\(who)", p.long(sent), mode, referenceText, p.to(fund)))
                if let answer = answerSentence() {
                    sentences.append(answer)
                } else {
                    // Counted like the timeline: the fund's answer delay, from the complaint, on the letter's date.
                    let rules = DeadlineRules(dossier: dossier, catalog: catalog, today: today)
                    if let answer = rules.complaintAnswer(), answer.isOverdue(today) {
                        let delay = p.delay(answer.deadline.delay)
                        complaintUnansweredSentence = p.text(
                            "complaintUnanswered", p.long(sent), delay, p.long(answer.deadline.end))
                        // The mediation request says it in its opening paragraph (`complaintUnanswered`): not twice.
                        if stage != .mediation { sentences.append(p.text("chrono.unanswered.overdue", delay)) }
                    } else {
                        sentences.append(p.text("chrono.unanswered"))
                    }
                }
            } else if let answer = answerSentence() {
                sentences.append(answer)
            }
        }
        if stage > .mediation, let mediation = stages.mediation, let date = DateParser.date(mediation.date) {
            let name = resolver.mediator(of: dossier).map(p.runningName) ?? p.text("mediator.default")
            let reference = mediation.reference.trimmed
            let referenceText = reference.isEmpty ? "" : p.text("chrono.reference", reference)
            var text = p.text("chrono.mediation", p.long(date), name, referenceText)
            if !mediation.outcome.trimmed.isEmpty {
                text += p.text("chrono.mediation.outcome", p.quoted(mediation.outcome))
            }
            sentences.append(text)
        }
    }
}
