import RecoursCore

/// How a letter is written out: on paper (the recipient's and sender's blocks, the place and date), or as an
/// e-mail whose first line is the subject and whose body can be pasted into a mail client as it is.
public enum LetterFormat: String, Sendable, Equatable {
    case letter, email
}

extension LetterContext {
    /// The same letter with other values (an e-mail drops the postal blocks).
    init(_ context: LetterContext, values: [String: Any]) {
        self.kind = context.kind
        self.language = context.language
        self.values = values
    }
}

extension LetterRenderer {
    /// A word that no template and no wrapping can change: where the subject goes, found again after layout.
    static let subjectMarker = "RECOURSSUBJECTMARKER"

    /// The format of a stage's exported text: an e-mail when the stage's channel — recorded or planned in the
    /// "Comment envoyer" step, else the first the recipient takes — is e-mail.
    public func format(for dossier: Dossier, stage: EscalationStage? = nil) -> LetterFormat {
        let stage = stage ?? dossier.currentStage
        return SendingGuide(dossier: dossier, stage: stage, catalog: catalog).plannedChannel == .email
            ? .email : .letter
    }

    /// The letter in the format of its channel, as the preview shows it (a damaged installation's message instead
    /// of the letter).
    public func exportText(_ dossier: Dossier, stage: EscalationStage? = nil, date: CalendarDate) -> String {
        switch format(for: dossier, stage: stage) {
        case .letter: render(dossier, stage: stage, date: date)
        case .email: renderEmail(dossier, stage: stage, date: date)
        }
    }

    /// What the wizard, the linear view and `recours export` write: the letter in the format of its channel, or
    /// why its templates cannot write it (a damaged installation), which no export writes as a letter.
    public func exportableText(
        _ dossier: Dossier, stage: EscalationStage? = nil, date: CalendarDate
    ) -> Result<String, LetterError> {
        // Only the templates are checked here (cheap): the letter itself is built once, by `exportText`.
        if let problem = templates.problem(language(for: dossier, stage: stage)) { return .failure(problem) }
        return .success(exportText(dossier, stage: stage, date: date))
    }

    /// The letter as an e-mail: `Objet : …` / `Onderwerp: …` on the first line (never wrapped), a blank line,
    /// then the body from the references on, without the sender's and recipient's blocks, the place and date or the
    /// registered-letter mention; the attachments' list stays, and the sender's address and phone follow the
    /// signature.
    public func renderEmail(_ dossier: Dossier, stage: EscalationStage? = nil, date: CalendarDate) -> String {
        let language: LetterLanguage
        let phrases: LetterPhrases
        let context: LetterContext
        switch letter(dossier, stage: stage, today: date) {
        case .success(let letter): (language, phrases, context) = (letter.language, letter.phrases, letter.context)
        case .failure(let problem): return problem.message + "\n"
        }
        var values = context.values
        let subject = values["subject"] as? String ?? ""
        values["subject"] = Self.subjectMarker
        values["sender"] = [String]()
        values["recipientBlock"] = ""
        values["recipientOnline"] = false
        values["placeAndDate"] = ""
        values["registeredMention"] = ""
        var text = templates.render(LetterContext(context, values: values))
        var subjectLine = phrases.text("email.subject", subject)
        if language == .french {
            text = FrenchTypography.apply(text)
            subjectLine = FrenchTypography.apply(subjectLine)
        }
        let laidOut = Self.layout(text, language: language)
        var lines = laidOut.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let marker = lines.firstIndex(where: { $0.contains(Self.subjectMarker) }) {
            lines.removeSubrange(...marker)
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        // Under the signature, how to reach the member by post and phone (an e-mail's signature): a mediator or a
        // fund identifies a member by them. The e-mail address is the message's own.
        let member = dossier.sanitizedForOutput.member
        let email = member.email.trimmed.isEmpty ? nil : phrases.text("sender.email", member.email.trimmed)
        let reach = LetterContext.senderLines(member, phrases: phrases).dropFirst().filter { $0 != email }
            .map { language == .french ? FrenchTypography.apply($0) : $0 }
        if language != .french { subjectLine = subjectLine.replacingOccurrences(of: "\u{00A0}", with: " ") }
        return ([subjectLine.oneLine(), ""] + lines + reach).joined(separator: "\n") + "\n"
    }

    /// The exported file's readable name: the letter's date, the kind of letter and the fund, in the letter's
    /// language — `2026-12-01 Réclamation Partenamut.txt`, `2026-12-01 Klacht CM.txt` — without the characters
    /// file names cannot hold.
    public func exportFileName(_ dossier: Dossier, stage: EscalationStage? = nil, today: CalendarDate) -> String {
        let stage = stage ?? dossier.currentStage
        let language = language(for: dossier, stage: stage)
        let kindName = templates.phrases(language)?.text("fileName.\(kind(for: dossier, stage: stage).rawValue)") ?? ""
        let resolver = RecipientResolver(catalog: catalog)
        let fund =
            resolver.fund(of: dossier).map { $0.shortName ?? $0.name(in: language) } ?? resolver.fundName(of: dossier)
        let date = dossier.letterDate(of: stage, today: today)
        let name = [date.description, kindName, fund.oneLine()].filter { !$0.isEmpty }.joined(separator: " ")
        return ExportFolder.safeFileName(name) + ".txt"
    }
}
