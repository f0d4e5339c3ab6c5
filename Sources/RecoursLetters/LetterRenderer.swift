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

    let languages: [LetterLanguage: Language]

    /// - Parameters:
    ///   - shipped: `Resources/templates`, one folder per language.
    ///   - user: `$XDG_CONFIG_HOME/recours/templates`, whose files override the shipped ones.
    public init(shipped: URL, user: URL? = nil) throws(LetterError) {
        var languages: [LetterLanguage: Language] = [:]
        for language in LetterLanguage.allCases {
            let folder = shipped.appendingPathComponent(language.rawValue)
            // French overrides may still be in the flat folder of the first versions; the language's folder wins.
            let userFolders =
                [user?.appendingPathComponent(language.rawValue), language == .french ? user : nil].compactMap { $0 }
            var library = MustacheLibrary()
            // Every language writes every letter: each template and partial must exist.
            for name in LetterKind.allCases.map(\.templateName) + LetterKind.partialNames {
                let file = "\(name).\(Self.fileExtension)"
                let candidates = (userFolders + [folder]).map { $0.appendingPathComponent(file) }
                guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                    throw .templateMissing(
                        name: "\(language.rawValue)/\(file)",
                        searched: candidates.map { $0.deletingLastPathComponent().path })
                }
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    throw .templateInvalid(path: url.path, reason: "UTF-8")
                }
                do {
                    library.register(try MustacheTemplate(string: text), named: name)
                } catch {
                    throw .templateInvalid(path: url.path, reason: String(describing: error))
                }
            }
            let override = userFolders.first.map { $0.appendingPathComponent(Self.phrasesFile) }
            let phrases = try LetterPhrases(
                language: language, shipped: folder.appendingPathComponent(Self.phrasesFile), override: override)
            languages[language] = Language(library: library, phrases: phrases)
        }
        self.languages = languages
    }

    /// The phrases of a language (for the tests and the wizard's preview).
    public func phrases(_ language: LetterLanguage) -> LetterPhrases? { languages[language]?.phrases }

    func render(_ context: LetterContext) -> String {
        languages[context.language]?.library.render(context.values, withTemplate: context.kind.templateName) ?? ""
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
        let language = language(for: dossier, stage: stage)
        guard let phrases = templates.phrases(language) else { return "" }
        let kind = kind(for: dossier, stage: stage)
        let date = dossier.letterDate(of: kind.stage, today: today)
        let context = LetterContext(dossier: dossier, kind: kind, catalog: catalog, date: date, phrases: phrases)
        let text = templates.render(context)
        return Self.layout(language == .french ? FrenchTypography.apply(text) : text, language: language)
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
