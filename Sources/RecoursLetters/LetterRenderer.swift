import Foundation
import Mustache
import RecoursCore

/// A letter's templates could not be used.
public enum LetterError: Error, Equatable, Sendable {
    case templateMissing(name: String, searched: [String])
    case templateInvalid(path: String, reason: String)

    public var message: String {
        switch self {
        case .templateMissing(let name, let searched):
            Texts.text("letters.template.missing", name, searched.joined(separator: ", "))
        case .templateInvalid(let path, let reason):
            Texts.text("letters.template.invalid", path, reason)
        }
    }
}

/// The letter templates of every language: the shipped ones (`templates/<lang>/`), each replaced by a user file of
/// the same name if there is one (`~/.config/recours/templates/<lang>/`, and for French also the flat folder that
/// held the user's templates before there were languages).
public struct LetterTemplates: Sendable {
    public static let fileExtension = "mustache"
    public static let phrasesFile = "phrases.json"

    struct Language: Sendable {
        let library: MustacheLibrary
        let phrases: LetterPhrases
    }

    /// One language's files, found when the templates are made. A user's file is read (and parsed, to report it)
    /// then; a shipped one is read with the others of its language at its first use.
    struct Source: Sendable {
        var templates: [(name: String, path: String, text: String?)]
        var phrasesFile: URL
        /// The user's own phrases, read (and checked) at start: an edit made later does not change this run.
        var ownPhrases: [String: String]
    }

    private let sources: [LetterLanguage: Source]
    private let parsed: ParsedLanguages

    /// The languages parsed so far, shared by the copies of these templates (a cache: the same files always parse
    /// to the same library).
    private final class ParsedLanguages: @unchecked Sendable {
        let lock = NSLock()
        var languages: [LetterLanguage: Result<Language, LetterError>] = [:]
    }

    /// - Parameters:
    ///   - shipped: `Resources/templates`, one folder per language.
    ///   - user: `$XDG_CONFIG_HOME/recours/templates`, whose files override the shipped ones.
    ///
    /// Every file is found here (one listing of each folder), and the user's own files (templates and phrases) are
    /// read and parsed here too, so that a missing or broken file is reported before anything else happens. The
    /// shipped files, which the tests parse and render in every language, are read and parsed when a letter of their
    /// language is first written: the wizard's first screen reads none, `recours export` one language (reading and
    /// parsing all three took a fifth of the start-up). Should a shipped file be unreadable or broken after all (a
    /// damaged installation), the letter says so (`LetterError.message`) instead of being written.
    public init(shipped: URL, user: URL? = nil) throws(LetterError) {
        func names(in folder: URL?) -> Set<String> {
            guard let folder else { return [] }
            return Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        }
        var sources: [LetterLanguage: Source] = [:]
        for language in LetterLanguage.allCases {
            let folder = shipped.appendingPathComponent(language.rawValue)
            // French overrides may still be in the flat folder of the first versions; the language's folder wins.
            let userFolders =
                [user?.appendingPathComponent(language.rawValue), language == .french ? user : nil].compactMap { $0 }
                .map { ($0, names(in: $0)) }.filter { !$0.1.isEmpty }
            let shippedNames = names(in: folder)
            var templates: [(name: String, path: String, text: String?)] = []
            // Every language writes every letter: each template and partial must exist.
            for name in LetterKind.allCases.map(\.templateName) + LetterKind.partialNames {
                let file = "\(name).\(Self.fileExtension)"
                if let own = userFolders.first(where: { $0.1.contains(file) }) {
                    let url = own.0.appendingPathComponent(file)
                    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                        throw .templateInvalid(path: url.path, reason: "UTF-8")
                    }
                    _ = try Self.parse(text, path: url.path)
                    templates.append((name, url.path, text))
                } else if shippedNames.contains(file) {
                    templates.append((name, folder.appendingPathComponent(file).path, nil))
                } else {
                    throw .templateMissing(
                        name: "\(language.rawValue)/\(file)",
                        searched: (userFolders.map(\.0) + [folder]).map(\.path))
                }
            }
            // The user's phrases are those of the language's own folder only (never of the flat French folder).
            let override = user?.appendingPathComponent(language.rawValue).appendingPathComponent(Self.phrasesFile)
            let phrasesFile = folder.appendingPathComponent(Self.phrasesFile)
            guard shippedNames.contains(Self.phrasesFile) else {
                throw .templateMissing(name: phrasesFile.lastPathComponent, searched: [folder.path])
            }
            var own: [String: String] = [:]
            if let override, FileManager.default.fileExists(atPath: override.path) {
                own = try LetterPhrases.readPhrasesOnly(override)
            }
            sources[language] = Source(templates: templates, phrasesFile: phrasesFile, ownPhrases: own)
        }
        self.sources = sources
        parsed = ParsedLanguages()
    }

    private static func parse(_ text: String, path: String) throws(LetterError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch {
            throw .templateInvalid(path: path, reason: String(describing: error))
        }
    }

    /// A language's library and phrases, parsed at its first use.
    func language(_ language: LetterLanguage) -> Result<Language, LetterError>? {
        guard let source = sources[language] else { return nil }
        parsed.lock.lock()
        defer { parsed.lock.unlock() }
        if let done = parsed.languages[language] { return done }
        let result = Result { () throws(LetterError) -> Language in
            var library = MustacheLibrary()
            for template in source.templates {
                guard let text = template.text ?? (try? String(contentsOfFile: template.path, encoding: .utf8)) else {
                    throw .templateInvalid(path: template.path, reason: "UTF-8")
                }
                library.register(try Self.parse(text, path: template.path), named: template.name)
            }
            let phrases = try LetterPhrases(
                language: language, shipped: source.phrasesFile, ownPhrases: source.ownPhrases)
            return Language(library: library, phrases: phrases)
        }
        parsed.languages[language] = result
        return result
    }

    /// Parses every language now (the tests, and whoever wants every error at once).
    public func parseAll() throws(LetterError) {
        for language in LetterLanguage.allCases {
            if case .failure(let error) = self.language(language) { throw error }
        }
    }

    /// The phrases of a language (for the tests and the wizard's preview).
    public func phrases(_ language: LetterLanguage) -> LetterPhrases? {
        try? self.language(language)?.get().phrases
    }

    /// Why a language's letters cannot be written, if they cannot (a damaged installation).
    public func problem(_ language: LetterLanguage) -> LetterError? {
        if case .failure(let error) = self.language(language) { return error }
        return nil
    }

    func render(_ context: LetterContext) -> String {
        switch language(context.language) {
        case .success(let parsed): parsed.library.render(context.values, withTemplate: context.kind.templateName) ?? ""
        case .failure(let error): error.message
        case nil: ""
        }
    }
}

/// Writes the letter of one stage of a dossier: plain UTF-8 text, lines of at most 78 columns.
public struct LetterRenderer: Sendable {
    public let templates: LetterTemplates
    public let catalog: OrganismCatalog

    public init(templates: LetterTemplates, catalog: OrganismCatalog) {
        self.templates = templates
        self.catalog = catalog
    }

    /// The letter's kind for a stage (stage 4 depends on the route).
    public func kind(for dossier: Dossier, stage: EscalationStage? = nil) -> LetterKind {
        LetterKind.forStage(stage ?? dossier.currentStage, route: catalog.route(of: dossier))
    }

    /// The language of the letter of a stage: the dossier's, or the court's where the law decides.
    public func language(for dossier: Dossier, stage: EscalationStage? = nil) -> LetterLanguage {
        let stage = stage ?? dossier.currentStage
        return RecipientResolver(catalog: catalog).letterLanguage(of: dossier, stage: stage).language
    }

    /// The same dossier and date always give the same text.
    ///
    /// - Parameter date: today. The letter of a stage already sent is dated by its sending date
    ///   (`Dossier.letterDate(of:today:)`), and says what was true that day.
    public func render(_ dossier: Dossier, stage: EscalationStage? = nil, date today: CalendarDate) -> String {
        let letter: Letter
        switch self.letter(dossier, stage: stage, today: today) {
        case .success(let found): letter = found
        case .failure(let problem): return problem.message + "\n"
        }
        let text = templates.render(letter.context)
        return Self.layout(letter.language == .french ? FrenchTypography.apply(text) : text, language: letter.language)
    }

    /// What a letter of a stage is written from: its language, phrases and context, dated by its sending date
    /// for a stage already sent (`Dossier.letterDate(of:today:)`); or why its templates cannot write it.
    struct Letter {
        var language: LetterLanguage
        var phrases: LetterPhrases
        var context: LetterContext
    }

    func letter(_ dossier: Dossier, stage: EscalationStage?, today: CalendarDate) -> Result<Letter, LetterError> {
        let language = language(for: dossier, stage: stage)
        if let problem = templates.problem(language) { return .failure(problem) }
        guard let phrases = templates.phrases(language) else {
            return .failure(.templateMissing(name: language.rawValue, searched: []))
        }
        let kind = kind(for: dossier, stage: stage)
        let date = dossier.letterDate(of: kind.stage, today: today)
        let context = LetterContext(dossier: dossier, kind: kind, catalog: catalog, date: date, phrases: phrases)
        return .success(Letter(language: language, phrases: phrases, context: context))
    }

    /// Wraps to 78 columns, trims trailing spaces, keeps at most one blank line in a row, ends with one newline.
    ///
    /// The wrapper keeps French groups together by itself ("8 septembre", "486,40 €"); the other languages' phrases
    /// glue theirs with no-break spaces ("2 oktober", "€ 486,40", "12. Oktober"), which are written as spaces once
    /// the lines are cut: Dutch and German letters have no no-break space (nor a space before ":").
    static func layout(_ text: String, language: LetterLanguage = .french) -> String {
        let wrapped = TextWrapper.wrap(text, width: LetterContext.lineWidth)
        var lines: [String] = []
        for line in TextWrapper.lines(of: wrapped) {
            var clean = String(line).trailingWhitespaceRemoved
            if language != .french { clean = clean.replacingOccurrences(of: "\u{00A0}", with: " ") }
            if clean.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(clean)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    var trailingWhitespaceRemoved: String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
