import Foundation

/// What `DossierValidator.issues(in:for:)` answered for each stage, kept with the inputs it was computed from, so
/// that the same inputs are answered again without running the rules.
///
/// The wizard validates at every change, for the current stage and for each earlier one (the progress line): four
/// runs per key at stage 4. Typing in the facts changes the dossier at every key, but not what the rules read of
/// it: the facts count only by being blank or not and having ten words or not. The memo's key is the dossier with
/// its long free texts reduced to what the rules ask of them and its bookkeeping (id, title, dates of creation and
/// change, resume point) left out, the answers of `fileExists` for the attachments' paths (asked once per call, not
/// once per stage), and the validator's date and catalog. Anything else that changes runs the rules as before.
///
/// Keep the key in step with the rules: a rule that reads more of one of the reduced fields (`Inputs.init`) must
/// have that field kept whole. `ValidationMemoTests` compares the memo with the plain validator on generated
/// sequences of edits.
public struct ValidationMemo: Sendable {
    private var entries: [EscalationStage: (inputs: Inputs, issues: [ValidationIssue])] = [:]
    private var today: CalendarDate?
    private var catalog: OrganismCatalog?
    /// How many stages were answered from the memo (for the tests).
    private(set) var hits = 0

    public init() {}

    /// `validator.issues(in: dossier, for: stage)` for each of `stages`, in that order.
    public mutating func issues(
        _ validator: DossierValidator, in dossier: Dossier, for stages: [EscalationStage]
    ) -> [[ValidationIssue]] {
        if today != validator.today || catalog != validator.catalog {
            entries = [:]
            today = validator.today
            catalog = validator.catalog
        }
        let inputs = Inputs(dossier, fileExists: validator.fileExists)
        // The rules see the answers the key was made with (a file that appears between two stages' runs cannot
        // make them disagree).
        var answering = validator
        let answers = inputs.fileAnswers
        let ask = validator.fileExists
        answering.fileExists = { path in answers[path] ?? ask(path) }
        return stages.map { stage in
            if let entry = entries[stage], entry.inputs == inputs {
                hits += 1
                return entry.issues
            }
            let issues = answering.issues(in: dossier, for: stage)
            entries[stage] = (inputs, issues)
            return issues
        }
    }

    /// What the rules read of a dossier (see the type's comment).
    struct Inputs: Equatable, Sendable {
        var dossier: Dossier
        var factsBlank: Bool
        var factsWords: Bool
        /// Per stage: its request blank, its request long enough, its reasons blank.
        var stageTexts: [[Bool]]
        var contactAnswerBlank: Bool
        var complaintAnswerSummaryBlank: Bool
        var fileAnswers: [String: Bool]

        init(_ full: Dossier, fileExists: (String) -> Bool) {
            let dispute = full.dispute
            // `requireText`: blank, then at least so many words.
            factsBlank = dispute.facts.isBlank
            factsWords = dispute.facts.hasWords(atLeast: DossierValidator.minimumFactsWords)
            stageTexts = EscalationStage.allCases.map { stage in
                let request = full.stageText(.request, of: stage)
                return [
                    request.isBlank, request.hasWords(atLeast: DossierValidator.minimumExpectationsWords),
                    full.stageText(.reasons, of: stage).isBlank,
                ]
            }
            // `trimmed.isEmpty`.
            contactAnswerBlank = full.stages.contact?.answer.isBlank ?? true
            complaintAnswerSummaryBlank = full.stages.complaint?.answerSummary.isBlank ?? true
            var answers: [String: Bool] = [:]
            for attachment in dispute.attachments where !attachment.isBlank {
                let path = attachment.path.trimmed
                if !path.isEmpty, answers[path] == nil { answers[path] = fileExists(path) }
            }
            fileAnswers = answers

            var key = full
            key.id = ""
            key.title = ""
            key.createdAt = Date(timeIntervalSinceReferenceDate: 0)
            key.updatedAt = key.createdAt
            key.resumePoint = nil
            key.dispute.facts = ""
            key.dispute.expectations = ""
            key.dispute.whyUnsatisfied = ""
            // Kept only as set or not: the rules read them through `stageText`, reduced above.
            for stage in EscalationStage.allCases {
                for text in StageText.allCases where key.ownText(text, of: stage) != nil {
                    key.setOwnText(text, of: stage, to: "")
                }
            }
            key.stages.contact?.answer = ""
            key.stages.complaint?.answerSummary = ""
            dossier = key
        }
    }
}

/// A memo is a cache: it never makes two values that hold one (a wizard's states) differ.
extension ValidationMemo: Equatable {
    public static func == (lhs: ValidationMemo, rhs: ValidationMemo) -> Bool { true }
}
