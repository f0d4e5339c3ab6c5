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
            "Le modèle de lettre « \(name) » est introuvable (cherché dans : \(searched.joined(separator: ", ")))."
        case .templateInvalid(let path, let reason):
            "Le modèle de lettre \(path) contient une erreur : \(reason)."
        }
    }
}

/// The letter templates: the shipped ones, each replaced by a user file of the same name if there is one.
public struct LetterTemplates: Sendable {
    public static let fileExtension = "mustache"
    let library: MustacheLibrary

    /// - Parameters:
    ///   - shipped: `Resources/templates`.
    ///   - user: `$XDG_CONFIG_HOME/recours/templates`, whose files override the shipped ones.
    public init(shipped: URL, user: URL? = nil) throws(LetterError) {
        var library = MustacheLibrary()
        let names = LetterKind.allCases.map(\.templateName) + LetterKind.partialNames
        for name in names {
            let file = "\(name).\(Self.fileExtension)"
            let candidates = [user?.appendingPathComponent(file), shipped.appendingPathComponent(file)].compactMap {
                $0
            }
            guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else {
                throw .templateMissing(name: file, searched: candidates.map { $0.deletingLastPathComponent().path })
            }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                throw .templateInvalid(path: url.path, reason: String(describing: error))
            }
        }
        self.library = library
    }

    func render(_ context: LetterContext) -> String {
        library.render(context.values, withTemplate: context.kind.templateName) ?? ""
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

    /// The same dossier and date always give the same text.
    public func render(_ dossier: Dossier, stage: EscalationStage? = nil, date: CalendarDate) -> String {
        let context = LetterContext(
            dossier: dossier, kind: kind(for: dossier, stage: stage), catalog: catalog, date: date)
        return Self.layout(templates.render(context))
    }

    /// Wraps to 78 columns, trims trailing spaces, keeps at most one blank line in a row, ends with one newline.
    static func layout(_ text: String) -> String {
        let wrapped = TextWrapper.wrap(text, width: LetterContext.lineWidth)
        var lines: [String] = []
        for line in TextWrapper.lines(of: wrapped) {
            let clean = String(line).trailingWhitespaceRemoved
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
