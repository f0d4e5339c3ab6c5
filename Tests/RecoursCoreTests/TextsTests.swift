import Foundation
import PropertyBased
import Testing

@testable import RecoursCore

/// The texts table: one entry per key, every argument placeholder filled.
struct TextsTests {
    @Test(arguments: DisplayLanguage.allCases) func noKeyIsInTwoFilesOfALanguage(language: DisplayLanguage) throws {
        var seen: [String: Int] = [:]
        for part in try TextFiles.files(language).values { for key in part.keys { seen[key, default: 0] += 1 } }
        #expect(seen.count > 900)
        #expect(seen.filter { $0.value > 1 }.keys.sorted() == [])
    }

    @Test func argumentsReplaceTheirPlaceholders() {
        #expect(Texts.text("status.savedTo", "/tmp/a.json") == "Brouillon enregistré dans /tmp/a.json")
        #expect(Texts.format("%2$@ puis %1$@", ["a", "b"]) == "b puis a")
        #expect(Texts.text("no.such.key") == "[no.such.key]")
    }
}

/// `Texts.format` reads bytes for speed: it must agree with the plain reading of the template's characters.
struct TextsFormatOracleTests {
    /// The reference: one pass over the characters, as first written.
    static func reference(_ template: String, _ arguments: [String]) -> String {
        let characters = Array(template)
        var result = ""
        var i = 0
        while i < characters.count {
            if characters[i] == "%", i + 3 < characters.count, characters[i + 2] == "$", characters[i + 3] == "@",
                characters[i + 1].isASCII, let digit = characters[i + 1].wholeNumberValue, (1...9).contains(digit),
                digit <= arguments.count
            {
                result += arguments[digit - 1]
                i += 4
            } else {
                result.append(characters[i])
                i += 1
            }
        }
        return result
    }

    static let pieces = [
        "%1$@", "%2$@", "%3$@", "%9$@", "%0$@", "%", "$", "@", "1", "é", "e\u{301}", " ", "%1$", "👍🏽", "«",
    ]
    static let template = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }.array(of: 0...12).map { $0.joined() }
    static let argument = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }.array(of: 0...3).map { $0.joined() }

    @Test func theByteReadingAgreesWithTheCharacterReading() async {
        await propertyCheck(count: 500, input: Self.template, Self.argument.array(of: 0...4)) { template, arguments in
            #expect(Texts.format(template, arguments) == Self.reference(template, arguments))
        }
    }
}

/// The shipped text tables, file by file (`Resources/strings/<language>/<part>.strings`).
enum TextFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/strings")

    static func files(_ language: DisplayLanguage) throws -> [String: [String: String]] {
        try TextTable.read(folder: root.appendingPathComponent(language.rawValue)).files
    }

    /// One part of a language's table: `part("validation")` is `validation.strings`.
    static func part(_ name: String, _ language: DisplayLanguage = .french) -> [String: String] {
        ((try? files(language)) ?? [:])["\(name).strings"] ?? [:]
    }
}
