import Foundation
import Testing

@testable import RecoursCore

/// The shipped catalog as data: its schema, its sources, and that it answers for every member it claims to cover.
@Suite struct CatalogCoverageTests {
    var catalog: OrganismCatalog { TestSupport.catalog }

    static let organismKeys: Set<String> = [
        "id", "name", "names", "article", "shortName", "country", "kind", "parentId", "complementaryKind", "language",
        "division", "routes", "description", "contact", "customerService", "complaints", "mediators",
        "medicalAdviserComplaintsId", "insurerId", "notes", "localizedNotes", "localizedDescriptions", "source",
        "localizedSources", "verified",
    ]
    static let pointKeys: Set<String> = [
        "name", "address", "phone", "email", "website", "hours", "delays", "source", "localizedSources",
        "unconfirmed", "localized",
    ]
    static let delayKeys: Set<String> = [
        "kind", "amount", "unit", "source", "unconfirmed", "fromEndOfMonth", "localizedSources",
    ]
    static let areaKeys: Set<String> = [
        "from", "to", "courts", "language", "facilities", "municipalities", "source", "unconfirmed",
    ]
    static let routeKeys: Set<String> = [
        "route", "delays", "mediatorId", "prescriptionInterruption", "amicableAttemptThreshold",
        "amicableAttemptSource", "courtId", "smallClaimsCourtId", "smallClaimsThreshold", "notes",
    ]

    /// Every key of the file belongs to the schema: a misspelt key would be ignored by the decoder, silently.
    @Test func everyKeyOfTheFileBelongsToTheSchema() throws {
        let data = try Data(contentsOf: TestSupport.shippedCatalogURL)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(root.keys) == ["schemaVersion", "organisms", "routes", "labourCourtAreas", "areaSources"])
        func check(_ object: [String: Any], _ allowed: Set<String>, _ at: String) {
            let unknown = Set(object.keys).subtracting(allowed)
            #expect(unknown.isEmpty, "\(at): unknown keys \(unknown.sorted())")
        }
        for case let organism as [String: Any] in root["organisms"] as? [Any] ?? [] {
            let id = organism["id"] as? String ?? "?"
            check(organism, Self.organismKeys, id)
            for key in ["contact", "customerService", "complaints"] {
                guard let point = organism[key] as? [String: Any] else { continue }
                check(point, Self.pointKeys, "\(id).\(key)")
                for case let delay as [String: Any] in point["delays"] as? [Any] ?? [] {
                    check(delay, Self.delayKeys, "\(id).\(key).delays")
                }
            }
        }
        for case let rules as [String: Any] in root["routes"] as? [Any] ?? [] {
            check(rules, Self.routeKeys, "route \(rules["route"] ?? "?")")
            for case let delay as [String: Any] in rules["delays"] as? [Any] ?? [] {
                check(delay, Self.delayKeys, "route delays")
            }
        }
        for case let area as [String: Any] in root["labourCourtAreas"] as? [Any] ?? [] {
            check(area, Self.areaKeys, "area \(area["from"] ?? "?")")
        }
    }

    @Test func everyEntryHasASourceAndADateOfVerification() {
        for organism in catalog.organisms {
            #expect(!organism.source.trimmed.isEmpty, "\(organism.id)")
            let verified = organism.verified.flatMap { DateParser.date($0) }
            #expect(verified != nil, "\(organism.id): verified \(organism.verified ?? "nil")")
            for point in [organism.contact, organism.customerService, organism.complaints].compactMap({ $0 })
            where !point.address.isEmpty || point.email != nil {
                #expect(!(point.source ?? organism.source).trimmed.isEmpty, "\(organism.id): an address without source")
            }
        }
        for area in catalog.labourCourtAreas {
            #expect(catalog.areaSources[area.source] != nil, "\(area.from)–\(area.to): source key \(area.source)")
            #expect(catalog.source(of: area).contains("http"), "\(area.from)–\(area.to)")
        }
    }

    /// A contact point's name and address in another language (a Brussels seat in Dutch): a language the letters
    /// are written in, only a name and an address, and the same postal code as the French address.
    @Test func everyLocalizedAddressIsTheSamePlaceInAnotherLanguage() throws {
        let data = try Data(contentsOf: TestSupport.shippedCatalogURL)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var count = 0
        for case let organism as [String: Any] in root["organisms"] as? [Any] ?? [] {
            for key in ["contact", "customerService", "complaints"] {
                guard let point = organism[key] as? [String: Any],
                    let variants = point["localized"] as? [String: Any]
                else { continue }
                for case (let language, let variant as [String: Any]) in variants {
                    let at = "\(organism["id"] ?? "?").\(key).localized.\(language)"
                    count += 1
                    #expect(["nl", "de"].contains(language), "\(at): not a letter language other than French")
                    #expect(Set(variant.keys).isSubset(of: ["name", "address"]), "\(at): \(variant.keys.sorted())")
                    guard let address = variant["address"] as? [String] else { continue }
                    let french = point["address"] as? [String] ?? []
                    #expect(
                        address.last?.prefix(4) == french.last?.prefix(4), "\(at): \(address) is not \(french)")
                }
            }
        }
        #expect(count > 0)
    }

    /// A court's registry has its Dutch name ("Griffie", not "Greffe" or "Kanzlei"), which the Dutch interface shows;
    /// a Belgian court whose language the dossier decides (the generic entries) has its German one ("Kanzlei") too.
    @Test func everyRegistryIsNamedInDutch() {
        var checked = 0
        for court in catalog.organisms where court.kind == .court {
            checked += 1
            #expect(court.contact.in(.dutch).name == "Griffie", "\(court.id): \(court.contact.in(.dutch).name ?? "")")
            if court.country == .belgium, court.language == nil || court.language == .german {
                #expect(court.contact.in(.german).name == "Kanzlei", "\(court.id)")
            }
        }
        #expect(checked > 30)
        let generic = catalog.organism(id: "tribunal-travail")
        #expect(generic?.contact.in(.french).name == "Greffe")
    }

    @Test func everyRouteHasItsRules() {
        for route in Route.allCases {
            #expect(catalog.rules(for: route) != nil, "\(route)")
        }
        for route in Route.allCases where route.isFrance {
            #expect(catalog.rules(for: route)?.mediatorId != nil, "\(route)")
            #expect(catalog.rules(for: route)?.prescriptionInterruption != nil, "\(route)")
        }
    }

    /// A dossier of a member of this fund, on this route, living at this postal code.
    static func dossier(fund: Organism, route: Route, postalCode: String) -> Dossier {
        var dossier = Dossier(id: "t", country: route.country, fund: FundChoice(organismId: fund.id))
        switch route {
        case .belgiumCompulsory: dossier.disputeKind = .compulsoryInsurance
        case .belgiumComplementary: dossier.disputeKind = .complementaryInsurance
        case .belgiumHospitalisation: dossier.disputeKind = .hospitalisationInsurance
        default: break
        }
        dossier.member.postalCode = postalCode
        dossier.member.lastName = "Test"
        return dossier
    }

    /// A member of any fund of the catalog, on any route the fund offers, gets a recipient with a way to reach it
    /// (postal address, e-mail or web form) at every stage.
    @Test func everyFundReachesARecipientAtEveryStageOfEveryRoute() {
        let resolver = RecipientResolver(catalog: catalog)
        var checked = 0
        for fund in catalog.funds() {
            for route in Route.allCases where route.country == fund.country && fund.serves(route) {
                if fund.country == .france,
                    catalog.route(of: Self.dossier(fund: fund, route: route, postalCode: "75001"))
                        != route
                {
                    continue  // a French organism has one kind, hence one route
                }
                let dossier = Self.dossier(fund: fund, route: route, postalCode: route.isFrance ? "75001" : "9000")
                for stage in EscalationStage.allCases {
                    let recipient = resolver.recipient(for: dossier, stage: stage)
                    #expect(recipient != nil, "\(fund.id), \(route), stage \(stage.rawValue)")
                    guard let recipient else { continue }
                    let reachable =
                        recipient.hasPostalAddress || recipient.email != nil || recipient.website != nil
                        || (stage == .court && !route.goesToLabourCourt)
                    #expect(reachable, "\(fund.id), \(route), stage \(stage.rawValue): \(recipient.lines)")
                    checked += 1
                }
            }
        }
        #expect(checked > 200)
    }

    @Test func everyBelgianPostalCodeHasALabourCourtWithARegistry() {
        let areas = catalog.labourCourtAreas
        #expect(areas.first?.from == 1000)
        #expect(areas.last?.to == 9992)
        for (a, b) in zip(areas, areas.dropFirst()) {
            #expect(b.from == a.to + 1, "gap or overlap between \(a.to) and \(b.from)")
        }
        for code in OrganismCatalog.belgianPostalCodes {
            let courts = catalog.labourCourts(postalCode: String(code))
            #expect(!courts.isEmpty, "\(code)")
            for court in courts {
                #expect(court.kind == .court && court.language != nil, "\(code): \(court.id)")
                #expect(court.contact.address.count >= 2, "\(code): \(court.id) has no registry address")
            }
        }
    }

    @Test(arguments: [
        ("9000", ["arbrb-gent-gent"], AreaLanguage.dutch), ("4000", ["tt-liege-liege"], .french),
        ("1000", ["tt-bruxelles-fr", "arbrb-brussel-nl"], .choice), ("4700", ["ag-eupen"], .german),
        ("3000", ["arbrb-leuven"], .dutch), ("1300", ["tt-brabant-wallon"], .french),
        ("1500", ["arbrb-brussel-nl"], .dutch), ("2000", ["arbrb-antwerpen-antwerpen"], .dutch),
        ("6000", ["tt-hainaut-charleroi"], .french), ("8000", ["arbrb-gent-brugge"], .dutch),
        // Bastogne stays with Neufchâteau; Houffalize, Gouvy and Vielsalm go to Marche-en-Famenne (the former
        // arrondissements), Sainte-Ode between them stays with Neufchâteau.
        ("6600", ["tt-liege-neufchateau"], .french), ("6660", ["tt-liege-marche-en-famenne"], .french),
        ("6671", ["tt-liege-marche-en-famenne"], .french), ("6680", ["tt-liege-neufchateau"], .french),
        ("6690", ["tt-liege-marche-en-famenne"], .french),
    ])
    func postalCodesGoToTheirCourt(code: String, courts: [String], language: AreaLanguage) throws {
        let area = try #require(catalog.labourCourtArea(postalCode: code))
        #expect(area.courts == courts)
        #expect(area.language == language)
    }

    @Test func facilityMunicipalitiesAreFlagged() {
        for code in ["1640", "1630", "1950", "3790", "7700", "7780"] {
            #expect(catalog.labourCourtArea(postalCode: code)?.facilities == true, "\(code)")
        }
        #expect(catalog.labourCourtArea(postalCode: "9000")?.facilities != true)
    }

    @Test func theFrenchSpeakingBrusselsCourtIsPlacePoelaert() throws {
        let court = try #require(catalog.organism(id: "tt-bruxelles-fr"))
        #expect(court.contact.address.first?.hasPrefix("Place Poelaert 3") == true)
        #expect(!court.contact.address.joined().contains("Waterloo"))
    }

    /// A user catalog corrects one range without repeating the others: its ranges are looked up first.
    @Test func aUserRangeComesBeforeTheShippedOnes() {
        var merged = catalog
        let correction = LabourCourtArea(
            from: 9000, to: 9000, courts: ["arbrb-gent-aalst"], language: .dutch, source: "courrier du greffe")
        merged.merge(OrganismCatalog(organisms: [], routes: [], labourCourtAreas: [correction]))
        #expect(merged.labourCourtArea(postalCode: "9000")?.courts == ["arbrb-gent-aalst"])
        #expect(merged.labourCourtArea(postalCode: "9030") == catalog.labourCourtArea(postalCode: "9030"))
    }

    @Test func postalCodesThatAreNotBelgianHaveNoCourt() {
        for text in ["", "999", "0999", "10000", "75001", "abcd", "9993"] {
            #expect(catalog.labourCourtArea(postalCode: text) == nil, "\(text)")
        }
        #expect(catalog.labourCourtArea(postalCode: " 9000 ") != nil)
    }
}

/// A Dutch letter names its recipient in Dutch: every Belgian address that can receive one (a fund, a mediator, an
/// authority seated in bilingual Brussels, whose street has a Dutch name) has its Dutch variant; addresses in
/// Flanders are Dutch already, and a court's address is in its own language (it receives petitions in it).
@Suite struct DutchAddressCoverageTests {
    static func isBrussels(_ address: [String]) -> Bool {
        guard let last = address.last, let code = Int(last.prefix(4)) else { return false }
        return (1000...1299).contains(code)
    }

    @Test func everyBrusselsAddressADutchLetterCanReachHasItsDutchVariant() {
        var missing: [String] = []
        var checked = 0
        for organism in TestSupport.catalog.organisms where organism.country == .belgium {
            // A court's own address is in its language (Poelaertplein 3 for the Dutch-speaking one).
            if organism.kind == .court { continue }
            let points = [organism.contact, organism.customerService, organism.complaints].compactMap { $0 }
            for point in points where Self.isBrussels(point.address) {
                checked += 1
                if (point.localized?["nl"]?.address ?? []).isEmpty { missing.append(organism.id) }
            }
        }
        #expect(checked > 15)
        #expect(missing == [])
    }
}

/// `recours organisms` in Dutch shows the catalog's notes in Dutch: every organism's notes have their translation,
/// one per note.
@Suite struct DutchNotesCoverageTests {
    @Test func everyNoteHasItsDutchTranslation() {
        var missing: [String] = []
        for organism in TestSupport.catalog.organisms where !(organism.notes ?? []).isEmpty {
            if organism.localizedNotes?["nl"]?.count != organism.notes?.count { missing.append(organism.id) }
        }
        #expect(missing == [])
    }

    /// The Belgian routes' delays cite Belgian laws, which have a Dutch title: a Dutch timeline gives it.
    @Test func belgianRouteSourcesHaveTheirDutchTitles() {
        let catalog = TestSupport.catalog
        for rules in catalog.routes where rules.route.country == .belgium {
            for delay in rules.delays {
                #expect(delay.localizedSources?["nl"] != nil, "\(rules.route): \(delay.source)")
            }
        }
        let appeal = catalog.rules(for: .belgiumCompulsory)?.delays.first { $0.kind == .courtAppeal }
        #expect(Texts.$scopedLanguage.withValue(.dutch) { appeal?.interfaceSource.contains("Handvest") } == true)
        #expect(appeal?.interfaceSource.contains("Charte de l'assuré social") == true)
    }

    /// Remarks the research wrote in French inside a source: "(adresse : siège de l'union)", "(copie 123dok)",
    /// "notes de recherche de Recours"… (the titles of the pages cited stay as they are).
    static let frenchRemarks = [
        "(adresse :", "(adresse du", "(adresse,", "adresse : ", "siège de l", "(copie ", ", copie ", "(site annuaire)",
        "(annuaire)", "notes de recherche", "non vérifié", "à vérifier", "(page de ", "avant 2022", "miroir",
        "(ancienne", "(téléphone)", "(existence)", "selon le", "(cantons)", "(coordonnées)", "(signé le",
        "page tierce", "(groupe ", "suspendue pendant", "(reprend", "Code judiciaire", "maj 2024", "Recommandation",
        "recommandation", "(brochure MC", "texte néerlandais", "(courtier", "(entités", "personnes protégées",
        "(classement", "(complémentaires", "(conditions générales", "(contrat ", "(édition", "(rubrique",
        "(site ", "Guide de réclamation", "Politique de plaintes", "Pied de page", "corroboré", "instance d'exemple",
    ]
    /// The research's remarks in English or German, which no interface shows as they are.
    static let foreignRemarks = ["page as scraped", "retrieved", "Kopie", "moves from"]

    /// Every source a member reads (an organism's, an address's, a delay's), in Dutch, has the research's French
    /// remarks in Dutch; the French interface keeps the catalog's source.
    @Test func everySourceReadsInDutchWithoutTheResearchsFrenchRemarks() {
        let catalog = TestSupport.catalog
        var sources: [(what: String, french: String, dutch: String)] = []
        func delays(_ list: [Delay], _ what: String) {
            for delay in list {
                let dutch = Texts.$scopedLanguage.withValue(.dutch) { delay.interfaceSource }
                sources.append(("\(what) \(delay.kind)", delay.source, dutch))
            }
        }
        for organism in catalog.organisms {
            let dutch = Texts.$scopedLanguage.withValue(.dutch) { organism.interfaceSource }
            sources.append((organism.id, organism.source, dutch))
            for (key, point) in [
                ("contact", organism.contact), ("customerService", organism.customerService),
                ("complaints", organism.complaints),
            ] {
                guard let point, let source = point.source else { continue }
                let dutch = Texts.$scopedLanguage.withValue(.dutch) { point.interfaceSource } ?? ""
                sources.append(("\(organism.id).\(key)", source, dutch))
                delays(point.delays, "\(organism.id).\(key)")
            }
        }
        for rules in catalog.routes { delays(rules.delays, "\(rules.route)") }
        #expect(sources.count > 250)
        var translated = 0
        for source in sources {
            let left = (Self.frenchRemarks + Self.foreignRemarks).filter { source.dutch.contains($0) }
            #expect(left == [], "\(source.what): \(source.dutch)")
            let foreign = Self.foreignRemarks.filter { source.french.contains($0) }
            #expect(foreign == [], "\(source.what): \(source.french)")
            if source.dutch != source.french { translated += 1 }
        }
        #expect(translated > 100)
        // The French interface shows the catalog's own source, remark included.
        let cm = catalog.organism(id: "cm-vlaanderen")
        #expect(cm?.contact.interfaceSource?.contains("(adresse : siège de l'union)") == true)
        let dutch = Texts.$scopedLanguage.withValue(.dutch) { cm?.contact.interfaceSource }
        #expect(dutch?.contains("(adres: zetel van de landsbond)") == true)
    }

    @Test func everyDescriptionHasItsDutchTranslation() {
        let missing = TestSupport.catalog.organisms.filter {
            $0.description != nil && ($0.localizedDescriptions?["nl"] ?? "").isEmpty
        }
        #expect(missing.map(\.id) == [])
    }

    @Test func theInterfaceShowsTheDescriptionInItsLanguage() throws {
        let organism = try #require(TestSupport.catalog.organism(id: "alan"))
        #expect(organism.interfaceDescription == organism.description)
        let dutch = Texts.$scopedLanguage.withValue(.dutch) { organism.interfaceDescription }
        #expect(dutch == organism.localizedDescriptions?["nl"])
        #expect(dutch != organism.description)
    }

    @Test func theInterfaceShowsTheNotesInItsLanguage() throws {
        let organism = try #require(TestSupport.catalog.organisms.first { !($0.notes ?? []).isEmpty })
        #expect(organism.interfaceNotes == organism.notes ?? [])
        let dutch = Texts.$scopedLanguage.withValue(.dutch) { organism.interfaceNotes }
        #expect(dutch == organism.localizedNotes?["nl"])
        #expect(dutch != organism.notes)
    }
}
