import Foundation
import Testing

/// No user-visible text is left in the Swift sources: every one is in the tables of `Resources/strings/`, so that
/// the Dutch interface is whole. The scan reads every string literal of `Sources/` outside comments and flags those
/// with a French accented letter, guillemets or a French function word; what is allowed is listed with its reason.
struct NoTextInSourcesTests {
    /// The string literals of one line of Swift, outside comments (the sources have no multi-line literals; the
    /// test below makes sure).
    static func literals(in line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var inString = false
        var escaped = false
        var previous: Character = " "
        for character in line {
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                    result.append(current)
                    current = ""
                    continue
                }
                current.append(character)
            } else {
                if character == "/" && previous == "/" { break }
                if character == "\"" { inString = true }
            }
            previous = character
        }
        return result
    }

    static let accented = try! NSRegularExpression(pattern: "[À-ÿŒœ«»]")
    static let frenchWords = try! NSRegularExpression(
        pattern: #"(?i)\b(le|la|les|des|du|une|est|pas|pour|avec|dans|vous|votre|aucun|impossible|lettre)\s+\w"#)

    /// (file, literal): allowed, because it is not shown as such.
    static let allowed: [(file: String, literal: String, reason: String)] = [
        ("RecoursCore/Text/French.swift", "", "French grammar for the French texts (contraction, elision)"),
        ("RecoursCore/Text/TextWrapper.swift", "«", "the signs a line break never separates"),
        ("RecoursCore/Text/TextWrapper.swift", "»", "the signs a line break never separates"),
        ("RecoursLetters/FrenchTypography.swift", "", "the French typography of the French letters"),
        ("RecoursCore/Storage/AtomicFile.swift", "aeiouéèêh", "French elision of an operation's name"),
        ("RecoursCore/Validation/DossierValidator.swift", "règlement", "a word looked for in an attachment's name"),
        ("RecoursCLI/WizardCommands.swift", "linéaire", "an accented spelling of the --lineaire option"),
        ("RecoursCore/Validation/AmountParser.swift", "€", "the currency sign, read and written"),
    ]

    static func isAllowed(_ file: String, _ literal: String) -> Bool {
        allowed.contains { file.hasSuffix($0.file) && ($0.literal.isEmpty || literal.contains($0.literal)) }
    }

    @Test func noUserVisibleTextIsLeftInTheSources() throws {
        var found: [String] = []
        var scanned = 0
        for file in try TextsCoverageTests.sources() where !file.path.contains("/RecoursBenchmark/") {
            #expect(!file.text.contains("\"\"\""), "\(file.path): a multi-line literal the scan cannot read")
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for literal in Self.literals(in: String(line)) {
                    scanned += 1
                    let range = NSRange(literal.startIndex..., in: literal)
                    let french =
                        Self.accented.firstMatch(in: literal, range: range) != nil
                        || Self.frenchWords.firstMatch(in: literal, range: range) != nil
                    if french && !Self.isAllowed(file.path, literal) {
                        found.append("\(file.path):\(number + 1): \"\(literal)\"")
                    }
                }
            }
        }
        #expect(scanned > 1500)
        #expect(found == [])
    }

    @Test func theScanFindsTextsAndSkipsComments() {
        #expect(Self.literals(in: #"let a = "Voilà" + "b\"c" // "commentaire""#) == ["Voilà", #"b\"c"#])
        #expect(Self.literals(in: #"// "tout est commentaire""#) == [])
        let literal = "Le brouillon n'a pas pu"
        let range = NSRange(literal.startIndex..., in: literal)
        #expect(Self.frenchWords.firstMatch(in: literal, range: range) != nil)
    }
}
