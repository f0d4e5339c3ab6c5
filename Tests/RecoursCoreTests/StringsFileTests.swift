import Foundation
import RecoursTestSupport
import Testing

@testable import RecoursCore

/// `StringsFile` against Foundation's `PropertyListDecoder`, which reads the same format (the reference).
@Suite struct StringsFileTests {
    static func reference(_ bytes: [UInt8]) -> [String: String]? {
        try? PropertyListDecoder().decode([String: String].self, from: Data(bytes))
    }

    @Test func everyShippedFileReadsAsThePropertyListDecoderReadsIt() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Resources").appendingPathComponent(
            Texts.folderName)
        var files = 0
        for language in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let dir = folder.appendingPathComponent(language)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".strings") {
                let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(name)))
                let table = try StringsFile.parse(bytes)
                #expect(table == Self.reference(bytes), "\(language)/\(name)")
                #expect(!table.isEmpty)
                files += 1
            }
        }
        #expect(files >= 20)
    }

    /// Generated files: keys and texts with quotes, backslashes, line breaks, tabs, accents, emoji, comment
    /// markers inside quotes, and comments and blanks between the entries.
    @Test func generatedFilesReadAsThePropertyListDecoderReadsThem() throws {
        var random = SeededRandom(seed: 1_100)
        let pieces = [
            "a", "Z", "é", "œ", " ", "  ", "\"", "\\", "\n", "\t", "'", "/*", "*/", "//", ";", "=", "€", "😀",
            "«\u{00A0}",
            "%@", "{0}", "e\u{301}", "\r", "ß",
        ]
        let between = [" ", "\n", "\n\n", "/* note */\n", "// line\n", "\t", "/* a\nb */ "]
        func escaped(_ text: String) -> String {
            var out = ""
            for c in text {
                switch c {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += Bool.random(using: &random) ? "\\n" : "\n"
                case "\t": out += "\\t"
                case "\r": out += "\\r"
                case "é": out += Bool.random(using: &random) ? "\\U00e9" : "é"
                default: out.append(c)
                }
            }
            return out
        }
        for _ in 0..<300 {
            var file = between.randomElement(using: &random)!
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                let key = (0..<Int.random(in: 1...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                    .joined()
                let value = (0..<Int.random(in: 0...8, using: &random)).map { _ in
                    pieces.randomElement(using: &random)!
                }.joined()
                file += "\"\(escaped(key))\"\(between.randomElement(using: &random)!)= \"\(escaped(value))\";"
                file += between.randomElement(using: &random)!
            }
            let bytes = Array(file.utf8)
            let expected = Self.reference(bytes)
            #expect(expected != nil, "\(file.debugDescription)")
            #expect((try? StringsFile.parse(bytes)) == expected, "\(file.debugDescription)")
        }
    }

    /// What Foundation reads besides the usual: a byte order mark, `"key";`, octal escapes, other escaped
    /// characters as themselves (`\%`, and `\u`, which is no escape).
    @Test func theFormatsCornersReadAsFoundationReadsThem() throws {
        let cases = [
            "\u{FEFF}\"a\" = \"b\";", "\"clé\";", "\"a\" = \"x\\012y\";", "\"a\" = \"\\101\\0z\";",
            "\"a\" = \"50 \\% \\u00e9 \\é\";", "\"a\" = \"\\U00e9\\U20AC\";", "\"k\" = \"v\"; \"k\" = \"w\";",
        ]
        for text in cases {
            let bytes = Array(text.utf8)
            let expected = try #require(Self.reference(bytes), "\(text.debugDescription)")
            #expect(try StringsFile.parse(bytes) == expected, "\(text.debugDescription)")
        }
    }

    @Test func brokenFilesAreRefusedWithTheirLine() {
        let cases: [(String, Int)] = [
            ("\"a\" = \"b\"", 1),  // no semicolon
            ("\"a\" = \"b\";\n\"c\" = ;", 2),
            ("\"a\" = \"b;\n", 2),  // not closed
            ("/* never closed\n\n", 3),
            ("\"a\" = \"\\377\";", 1),
            ("\"a\" = \"\\U12\";", 1),
            ("key = \"b\";", 1),
        ]
        for (text, line) in cases {
            #expect(throws: StringsFile.SyntaxError.self) { try StringsFile.parse(Array(text.utf8)) }
            do {
                _ = try StringsFile.parse(Array(text.utf8))
            } catch {
                #expect(error.line == line, "\(text.debugDescription)")
            }
        }
    }
}
