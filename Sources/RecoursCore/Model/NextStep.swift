/// What the member should do next, in one short French sentence, for the list of drafts.
public struct NextStepAdvisor: Sendable {
    public var validator: DossierValidator

    public init(validator: DossierValidator) {
        self.validator = validator
    }

    var today: CalendarDate { validator.today }

    public func nextStep(for dossier: Dossier) -> String {
        let errors = validator.issues(in: dossier).filter { $0.severity == .error }.count
        if errors > 0 {
            return "Compléter le dossier (\(errors) erreur\(errors > 1 ? "s" : ""))"
        }
        let stages = dossier.stages
        let resolver = RecipientResolver(catalog: validator.catalog)
        let country = dossier.country ?? .belgium
        switch dossier.currentStage {
        case .customerService:
            return "Envoyer le résumé du contact, puis la réclamation écrite"
        case .complaint:
            guard let complaint = stages.complaint, let sent = DateParser.date(complaint.date) else {
                return "Envoyer la réclamation écrite"
            }
            if DateParser.date(complaint.answerDate) != nil { return "Réponse reçue : saisir le médiateur si elle ne convient pas" }
            if let delay = resolver.recipient(for: dossier, stage: .complaint)?.delay(.answer) {
                let end = DelayCalculator.end(of: delay, from: sent, country: country)
                return today > end
                    ? "Sans réponse depuis le \(FrenchDateFormat.long(end)) : saisir le médiateur"
                    : "Attendre la réponse (jusqu'au \(FrenchDateFormat.long(end)))"
            }
            return "Attendre la réponse à la réclamation"
        case .mediation:
            guard let mediation = stages.mediation, let seized = DateParser.date(mediation.date) else {
                return "Envoyer la demande de médiation"
            }
            if !mediation.outcome.trimmed.isEmpty { return "Médiation terminée : envisager l'action en justice" }
            if let delay = resolver.mediator(of: dossier)?.contact.delay(.answer) {
                let end = DelayCalculator.end(of: delay, from: seized, country: country)
                return "Attendre le médiateur (jusqu'au \(FrenchDateFormat.long(end)))"
            }
            return "Attendre la réponse du médiateur"
        case .court:
            if dossier.route == .belgiumCompulsory, let notified = DateParser.date(dossier.dispute.decisionDate) {
                let appeal = validator.catalog.rules(for: .belgiumCompulsory)?.delay(.courtAppeal)
                    ?? Delay(kind: .courtAppeal, amount: 3, unit: .months, source: "")
                let end = DelayCalculator.end(of: appeal, from: notified, country: .belgium)
                return today > end
                    ? "Délai de recours dépassé depuis le \(FrenchDateFormat.long(end)) : consulter un juriste"
                    : "Déposer la requête au tribunal du travail avant le \(FrenchDateFormat.long(end))"
            }
            return "Envoyer la mise en demeure, puis saisir le tribunal"
        }
    }
}
