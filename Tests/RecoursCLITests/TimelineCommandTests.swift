import Foundation
import Testing

/// `recours timeline`, the next step of `recours list` and `recours export --calendar`, run as a process.
@Suite struct TimelineCommandTests {
    static let examples = CommandLineTests.examples
    static let golden = RecoursProcess.root.appendingPathComponent("Tests/RecoursCLITests/Golden")

    /// Compares with a golden file; `RECOURS_UPDATE_GOLDEN=1` rewrites it first.
    func expectGolden(_ text: String, _ name: String) throws {
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECOURS_UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs; rerun with RECOURS_UPDATE_GOLDEN=1 and review the diff")
    }

    /// An example changed through its JSON, written into the test's home.
    func modifiedExample(_ cli: RecoursProcess, _ name: String, _ change: (inout [String: Any]) throws -> Void) throws
        -> URL
    {
        let data = try Data(contentsOf: URL(fileURLWithPath: RecoursProcess.example(name)))
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        try change(&json)
        let url = cli.home.appendingPathComponent("\(name)-modifie.json")
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted]).write(to: url)
        return url
    }

    // MARK: timeline

    @Test(arguments: examples)
    func timelineOfEachExampleMatchesItsGoldenFile(name: String) throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let result = try cli.run(["timeline", RecoursProcess.example(name), "--date", "2026-11-22"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try expectGolden(result.stdout, "\(name).timeline.txt")
        for line in result.stdout.split(separator: "\n") {
            #expect(line.count <= 78, "too wide: \(line)")
        }
        #expect(result.stdout.contains("pas un avis juridique"))
    }

    @Test func timelineShowsTheBelgianAppealWarningAndItsSource() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let result = try cli.run([
            "timeline", RecoursProcess.example("partenamut-kinesitherapie"), "--date", "22/11/2026",
        ])
        #expect(result.status == 0)
        let text = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(
            separator: " ")
        #expect(text.contains("08/12/2026  !!  Recours au tribunal du travail (requête)"))
        #expect(text.contains("Encore 16 jours."))
        #expect(text.contains("source : Charte de l'assuré social"))
        #expect(text.contains("Prochaine étape : Envoyer la réclamation écrite (dès maintenant)"))
        #expect(text.contains("Attention : Recours au tribunal du travail au plus tard le 8 décembre 2026"))
        #expect(text.contains("Code judiciaire, art. 52–54"))
    }

    @Test func timelineMovesWithTheDate() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let late = try cli.run(["timeline", RecoursProcess.example("caami-incapacite"), "--date", "2026-12-31"])
        #expect(late.status == 0)
        let text = late.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(
            separator: " ")
        #expect(text.contains("30/12/2026  ✗   Recours au tribunal du travail (requête)"))
        #expect(text.contains("Trop tard : le dernier jour était le mercredi 30 décembre 2026."))
        // The limit was the 30th and passed at its end: said so, not "dépassé depuis le 30".
        #expect(text.contains("Le délai de recours a pris fin le 30 décembre 2026 au soir"))
    }

    @Test func timelineRefusesUnreadableFilesAndBadDates() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let broken = cli.home.appendingPathComponent("casse.json")
        try "{".write(to: broken, atomically: true, encoding: .utf8)
        let unreadable = try cli.run(["timeline", broken.path])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.contains(broken.path))
        let date = try cli.run(["timeline", RecoursProcess.example("caami-incapacite"), "--date", "31/02/2026"])
        #expect(date.status == 2)
        #expect(date.stderr.contains("n'existe pas dans le calendrier"))
        let help = try cli.run(["--help"])
        #expect(help.stdout.contains("timeline"))
    }

    // MARK: list

    @Test func listShowsTheNextStepWithItsDate() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(at: cli.draftsDirectory, withIntermediateDirectories: true)
        for name in Self.examples {
            try FileManager.default.copyItem(
                atPath: RecoursProcess.example(name),
                toPath: cli.draftsDirectory.appendingPathComponent("\(name).json").path)
        }
        let result = try cli.run(["list", "--date", "2026-11-22"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "Prochaine étape : Déposer la requête au tribunal du travail (au plus tard le 30 décembre 2026)"))
        #expect(
            result.stdout.contains("Prochaine étape : Envoyer la demande de médiation (au plus tard le 2 avril 2027)"))
        #expect(result.stdout.contains("Prochaine étape : Envoyer la réclamation écrite (dès maintenant)"))
        #expect(
            result.stdout.contains(
                "  Attention : Recours au tribunal du travail au plus tard le 8 décembre 2026 (encore 16 jours)"))
    }

    // MARK: export --calendar

    @Test(arguments: examples)
    func calendarOfEachExampleMatchesItsGoldenFile(name: String) throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let output = cli.home.appendingPathComponent("delais.ics")
        let result = try cli.run([
            "export", RecoursProcess.example(name), "--calendar", output.path, "--date", "2026-11-22",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty, "the letter is not printed when only the calendar is asked for")
        #expect(result.stderr.contains("Calendrier des délais"))
        #expect(result.stderr.contains(output.path))
        let attributes = try FileManager.default.attributesOfItem(atPath: output.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let data = try Data(contentsOf: output)
        try expectGolden(String(decoding: data, as: UTF8.self), "\(name).ics")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    }

    @Test func calendarAloneIgnoresTheLetterErrors() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let draft = try modifiedExample(cli, "partenamut-kinesitherapie") { json in
            var member = try #require(json["member"] as? [String: Any])
            member["memberNumber"] = ""
            json["member"] = member
        }
        let output = cli.home.appendingPathComponent("delais.ics")
        let calendar = try cli.run(["export", draft.path, "--calendar", output.path, "--date", "2026-11-22"])
        #expect(calendar.status == 0, "\(calendar.stderr)")
        #expect(try String(contentsOf: output, encoding: .utf8).contains("DTSTART;VALUE=DATE:20261208"))

        // With a letter too, the letter's errors refuse everything: nothing is written.
        let letter = cli.home.appendingPathComponent("lettre.txt")
        let other = cli.home.appendingPathComponent("autre.ics")
        let both = try cli.run([
            "export", draft.path, "--calendar", other.path, "-o", letter.path, "--date", "2026-11-22",
        ])
        #expect(both.status == 1)
        #expect(both.stderr.contains("[member.memberNumber]"))
        #expect(both.stderr.contains("Aucun fichier n'a été écrit"))
        #expect(!FileManager.default.fileExists(atPath: letter.path))
        #expect(!FileManager.default.fileExists(atPath: other.path))
    }

    @Test func letterAndCalendarTogether() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let example = RecoursProcess.example("identites-mutuelle-optique")
        let letter = cli.home.appendingPathComponent("lettre.txt")
        let calendar = cli.home.appendingPathComponent("delais.ics")
        let result = try cli.run([
            "export", example, "-o", letter.path, "--calendar", calendar.path, "--date", "2026-11-22",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Lettre « Saisine du médiateur » écrite dans \(letter.path)"))
        #expect(result.stderr.contains("Calendrier des délais (4 dates) écrit dans \(calendar.path)"))
        let golden = try String(
            contentsOf: Self.golden.appendingPathComponent("identites-mutuelle-optique.txt"), encoding: .utf8)
        #expect(try String(contentsOf: letter, encoding: .utf8) == golden)
        let ics = try String(
            contentsOf: Self.golden.appendingPathComponent("identites-mutuelle-optique.ics"), encoding: .utf8)
        #expect(try String(decoding: Data(contentsOf: calendar), as: UTF8.self) == ics)
    }

    @Test func anExistingCalendarIsOnlyReplacedWithForce() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let example = RecoursProcess.example("caami-incapacite")
        let calendar = cli.home.appendingPathComponent("delais.ics")
        try "mon agenda".write(to: calendar, atomically: true, encoding: .utf8)
        let refused = try cli.run(["export", example, "--calendar", calendar.path, "--date", "2026-11-22"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("existe déjà"))
        #expect(try String(contentsOf: calendar, encoding: .utf8) == "mon agenda")
        // Nor is a new letter written while the calendar is refused.
        let letter = cli.home.appendingPathComponent("lettre.txt")
        let both = try cli.run([
            "export", example, "-o", letter.path, "--calendar", calendar.path, "--date", "2026-11-22",
        ])
        #expect(both.status == 1)
        #expect(!FileManager.default.fileExists(atPath: letter.path))
        let forced = try cli.run(["export", example, "--calendar", calendar.path, "--force", "--date", "2026-11-22"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: calendar, encoding: .utf8).hasPrefix("BEGIN:VCALENDAR"))
    }

    @Test func calendarRefusalsExitWithTheDocumentedCodes() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        // No date at all: nothing to put in a calendar.
        let undated = try modifiedExample(cli, "partenamut-kinesitherapie") { json in
            var dispute = try #require(json["dispute"] as? [String: Any])
            dispute["decisionDate"] = ""
            dispute["incidentDate"] = ""
            json["dispute"] = dispute
            json["stages"] = [String: Any]()
        }
        let output = cli.home.appendingPathComponent("delais.ics")
        let empty = try cli.run(["export", undated.path, "--calendar", output.path, "--date", "2026-11-22"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("aucune date à mettre dans le calendrier"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        // The same file for both.
        let same = try cli.run([
            "export", RecoursProcess.example("caami-incapacite"), "-o", output.path, "--calendar", output.path,
        ])
        #expect(same.status == 2)
        #expect(same.stderr.contains("le même fichier"))
        // A folder.
        let folder = try cli.run(["export", RecoursProcess.example("caami-incapacite"), "--calendar", cli.home.path])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("est un dossier"))
    }
}
