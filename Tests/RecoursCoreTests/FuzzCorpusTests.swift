import Foundation
import Testing

@testable import RecoursCore

/// The regression corpus: inputs that once failed a fuzz test or stand for a kind of hostile input, replayed on
/// every run. Add a file (or an entry) when a fuzz test reports a failure, with what the right answer is.
///
/// - `Corpus/drafts-refused/`: drafts that must be refused (error naming the file, file untouched);
///   the command line replays them too (`HostileDraftCLITests`, exit code 2).
/// - `Corpus/drafts-accepted/`: odd but valid drafts that must open.
/// - `Corpus/dates.json`: typed dates and what they read as (`aaaa-mm-jj`, or `empty`, `format`, `calendar`).
/// - `Corpus/national-numbers.json`: NISS (BE) / NIR (FR) and the check's answer (`valid` or the problem).
struct FuzzCorpusTests {
    static let corpus = TestSupport.packageRoot.appendingPathComponent("Tests/RecoursCoreTests/Corpus")

    static func files(_ folder: String) -> [URL] {
        let directory = corpus.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
            .filter { $0.hasSuffix(".json") }.map { directory.appendingPathComponent($0) }
    }

    @Test func refusedDrafts() throws {
        let files = Self.files("drafts-refused")
        #expect(files.count >= 15)
        for url in files {
            let error = DraftStoreTests.expectLoadFailure(url)
            #expect(error != nil, "\(url.lastPathComponent)")
        }
    }

    @Test func acceptedDrafts() throws {
        let files = Self.files("drafts-accepted")
        #expect(files.count >= 4)
        for url in files {
            let before = try Data(contentsOf: url)
            #expect(throws: Never.self, "\(url.lastPathComponent)") { try DraftStore.load(url) }
            #expect(try Data(contentsOf: url) == before)
        }
    }

    struct DateCase: Decodable {
        var input: String
        var expected: String
    }

    @Test func dates() throws {
        let cases = try JSONDecoder().decode(
            [DateCase].self, from: Data(contentsOf: Self.corpus.appendingPathComponent("dates.json")))
        #expect(cases.count >= 10)
        for entry in cases {
            let got: String
            switch DateParser.parse(entry.input) {
            case .success(let date): got = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
            case .failure(.empty): got = "empty"
            case .failure(.unrecognizedFormat): got = "format"
            case .failure(.notARealDate): got = "calendar"
            }
            #expect(got == entry.expected, "« \(entry.input) »")
        }
    }

    struct NumberCase: Decodable {
        var input: String
        var country: String
        var expected: String
    }

    @Test func nationalNumbers() throws {
        let cases = try JSONDecoder().decode(
            [NumberCase].self, from: Data(contentsOf: Self.corpus.appendingPathComponent("national-numbers.json")))
        #expect(cases.count >= 10)
        for entry in cases {
            let problem = NationalNumber.check(entry.input, country: entry.country == "BE" ? .belgium : .france)
            let got: String
            switch problem {
            case nil: got = "valid"
            case .wrongLength?: got = "wrongLength"
            case .invalidCharacters?: got = "invalidCharacters"
            case .wrongKey?: got = "wrongKey"
            case .impossibleDate?: got = "impossibleDate"
            }
            #expect(got == entry.expected, "« \(entry.input) » (\(entry.country))")
        }
    }
}
