/// The two texts each stage's letter has of its own: what it asks, and why the answers so far do not satisfy.
public enum StageText: String, Sendable, CaseIterable {
    /// `stages.<record>.request`: what this letter asks of its recipient (the fund, the mediator, the court).
    case request
    /// `stages.<record>.reasons`: why the answers received so far are not satisfactory.
    case reasons
}

/// Each stage asks what that stage can give: the customer service to review or pay, the court to order. A stage's
/// text is the member's own once typed or accepted (`stages.<record>.request` / `.reasons`); until then it is the
/// previous stage's, and for the first stage (or a draft written before stages had their own texts) the shared
/// `dispute.expectations` / `dispute.whyUnsatisfied`. The wizard writes the prefill into the stage's record when it
/// first shows the field (`prefillStageTexts(of:)`), so that a later change to an earlier stage's text does not
/// change a letter already prepared; the prefill never replaces a text the member typed, even an empty one.
extension Dossier {
    /// The text typed or accepted for this stage; nil when never set.
    public func ownText(_ text: StageText, of stage: EscalationStage) -> String? {
        let record = stages[stage]
        return text == .request ? record?.request : record?.reasons
    }

    /// Sets the stage's own text, creating the stage's record when it has none.
    public mutating func setOwnText(_ text: StageText, of stage: EscalationStage, to value: String) {
        stages.update(stage) { record in
            if text == .request { record.request = value } else { record.reasons = value }
        }
    }

    /// The shared text of drafts written before each stage had its own.
    public func sharedText(_ text: StageText) -> String {
        text == .request ? dispute.expectations : dispute.whyUnsatisfied
    }

    /// What the letter of the stage uses: its own text, else the previous stage's, else the shared one.
    public func stageText(_ text: StageText, of stage: EscalationStage) -> String {
        var current: EscalationStage? = stage
        while let s = current {
            if let own = ownText(text, of: s) { return own }
            current = s.previous
        }
        return sharedText(text)
    }

    /// The prefill of a stage's field: what it shows before the member typed anything in it.
    public func prefill(_ text: StageText, of stage: EscalationStage) -> String {
        stage.previous.map { stageText(text, of: $0) } ?? sharedText(text)
    }

    /// Writes the prefill into the stage's texts never set, when there is one; true when the dossier changed.
    /// A text the member typed, even emptied, is never replaced.
    @discardableResult
    public mutating func prefillStageTexts(of stage: EscalationStage) -> Bool {
        var changed = false
        for text in StageText.allCases where ownText(text, of: stage) == nil {
            let value = prefill(text, of: stage)
            guard !value.isEmpty else { continue }
            setOwnText(text, of: stage, to: value)
            changed = true
        }
        return changed
    }
}
