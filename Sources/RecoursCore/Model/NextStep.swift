/// What the member should do next, with its date, for the list of drafts (read from the dossier's timeline).
public struct NextStepAdvisor: Sendable {
    public var validator: DossierValidator

    public init(validator: DossierValidator) {
        self.validator = validator
    }

    var today: CalendarDate { validator.today }

    /// The next step with its date and, when one comes close, the hard limit to keep in mind.
    /// A dossier with errors is to be completed first (its hard limits are still announced).
    public func step(for dossier: Dossier) -> NextStep {
        let timeline = Timeline(dossier: dossier, catalog: validator.catalog, today: today)
        let errors = validator.issues(in: dossier).filter { $0.severity == .error }.count
        guard errors > 0 else { return timeline.nextStep }
        var step = NextStep(text: Texts.plural("timeline.next.complete", count: errors, String(errors)), when: .undated)
        if let warning = timeline.nextStep.warning {
            step.warning = warning
            step.severity = timeline.nextStep.severity
        }
        return step
    }

    /// The next step in one short sentence, with its date: "Attendre la réponse de Partenamut (jusqu'au …)".
    public func nextStep(for dossier: Dossier) -> String {
        step(for: dossier).summary
    }
}
