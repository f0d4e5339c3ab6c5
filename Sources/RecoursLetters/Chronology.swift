import RecoursCore

/// The earlier steps of a dossier, as sentences that each letter cites automatically.
struct Chronology {
    private(set) var sentences: [String] = []
    /// "Ma réclamation du 2 mars 2026 est restée sans réponse au-delà du délai de 2 mois." when it is so.
    private(set) var complaintUnansweredSentence: String?

    init(
        dossier: Dossier, resolver: RecipientResolver, catalog: OrganismCatalog, before stage: EscalationStage,
        today: CalendarDate
    ) {
        let fund = resolver.fundPhrase(of: dossier)
        // Letters to the fund say "votre service"; letters to a mediator or a court name the fund.
        let toFund =
            stage == .complaint || (stage == .court && !resolver.stageFourIsLabourCourtPetition(dossier))
        let stages = dossier.stages

        if stage >= .complaint, let decision = DateParser.date(dossier.dispute.decisionDate) {
            let reference = dossier.dispute.decisionReference.trimmed
            let who = toFund ? "vous m'avez" : "\(fund) m'a"
            sentences.append(
                "Le \(FrenchDateFormat.long(decision)), \(who) notifié la décision contestée"
                    + (reference.isEmpty ? "." : " (réf. \(reference))."))
        }
        if stage > .customerService, let contact = stages.contact, let date = DateParser.date(contact.date) {
            var text =
                "Le \(FrenchDateFormat.long(date)), j'ai contacté "
                + (toFund ? "votre service clientèle" : "le service clientèle \(French.de(fund))")
            if let channel = contact.channel { text += " \(channel.phrase)" }
            if !contact.reference.trimmed.isEmpty {
                text += " (référence ou conseiller : \(contact.reference.trimmed))"
            }
            text += "."
            if !contact.answer.trimmed.isEmpty { text += " Réponse obtenue : \(French.quoted(contact.answer))." }
            sentences.append(text)
        }
        if stage > .complaint, let complaint = stages.complaint, let sent = DateParser.date(complaint.date) {
            var text =
                "Le \(FrenchDateFormat.long(sent)), j'ai adressé une réclamation écrite "
                + (toFund ? "à votre service des réclamations" : French.a(fund))
            if let mode = complaint.mode { text += " \(mode.phrase)" }
            if !complaint.reference.trimmed.isEmpty { text += " (référence : \(complaint.reference.trimmed))" }
            text += "."
            sentences.append(text)
            if let answered = DateParser.date(complaint.answerDate) {
                let who = toFund ? "vous m'avez répondu" : "\(fund) m'a répondu"
                let summary = complaint.answerSummary.trimmed
                sentences.append(
                    "Le \(FrenchDateFormat.long(answered)), \(who)"
                        + (summary.isEmpty ? "." : " : \(French.quoted(summary))."))
            } else {
                // Counted like the timeline: the fund's answer delay, from the complaint, on the letter's date.
                let rules = DeadlineRules(dossier: dossier, catalog: catalog, today: today)
                if let answer = rules.complaintAnswer(), answer.isOverdue(today) {
                    let delay = answer.deadline.delay.letterPhrase
                    complaintUnansweredSentence =
                        "Ma réclamation du \(FrenchDateFormat.long(sent)) est restée sans réponse au-delà du délai de \(delay), échu le \(FrenchDateFormat.long(answer.deadline.end))."
                    sentences.append("Cette réclamation est restée sans réponse au-delà du délai de \(delay) prévu.")
                } else {
                    sentences.append("Cette réclamation est restée sans réponse à ce jour.")
                }
            }
        }
        if stage > .mediation, let mediation = stages.mediation, let date = DateParser.date(mediation.date) {
            let name = resolver.mediator(of: dossier)?.runningName ?? "le médiateur"
            var text = "Le \(FrenchDateFormat.long(date)), j'ai saisi \(name)"
            if !mediation.reference.trimmed.isEmpty { text += " (référence : \(mediation.reference.trimmed))" }
            text += "."
            if !mediation.outcome.trimmed.isEmpty { text += " Résultat : \(French.quoted(mediation.outcome))." }
            sentences.append(text)
        }
    }
}
