import Foundation
import Testing

@testable import RecoursCore

@Suite struct ShippedCatalogTests {
    var catalog: OrganismCatalog { TestSupport.catalog }

    /// Sources and notes are shown to the member: no file name of the research inputs ("seed", "domain-notes.md").
    @Test func noInternalWordIsShownAsASource() throws {
        let text = try String(contentsOf: TestSupport.shippedCatalogURL, encoding: .utf8)
        for word in ["seed", "domain-notes", "Nos sources"] {
            #expect(!text.contains(word), "\(word)")
        }
        // Nor a key of the catalog's schema inside a note, in any language.
        for organism in catalog.organisms {
            let notes = (organism.notes ?? []) + (organism.localizedNotes?.values.flatMap { $0 } ?? [])
            for note in notes {
                for word in ["unconfirmed", "complementaryKind", "organismId", "mediatorId"] {
                    #expect(!note.contains(word), "\(organism.id): \(note)")
                }
            }
        }
    }

    @Test func loadsAndItsReferencesHold() throws {
        let catalog = try OrganismCatalog.read(TestSupport.shippedCatalogURL)
        #expect(catalog.schemaVersion == OrganismCatalog.currentSchemaVersion)
        try catalog.checkReferences()
        let loaded = try OrganismCatalog.load(shipped: TestSupport.shippedCatalogURL, user: nil)
        #expect(loaded == catalog)
    }

    @Test(arguments: ["partenamut", "caami"])
    func belgianFunds(id: String) throws {
        let fund = try #require(catalog.organism(id: id))
        #expect(fund.kind == .fund)
        #expect(fund.country == .belgium)
        #expect(catalog.funds(in: .belgium).contains { $0.id == id })
        #expect(!catalog.funds(in: .france).contains { $0.id == id })
    }

    @Test func frenchFund() throws {
        let fund = try #require(catalog.organism(id: "identites-mutuelle"))
        #expect(fund.kind == .fund)
        #expect(fund.country == .france)
        #expect(catalog.funds(in: .france).map(\.id).contains("identites-mutuelle"))
        #expect(catalog.funds().count == catalog.funds(in: .belgium).count + catalog.funds(in: .france).count)
    }

    @Test(arguments: [
        ("partenamut-mediation", OrganismKind.mediator, Country.belgium), ("mediateur-federal", .mediator, .belgium),
        ("ombudsman-assurances", .mediator, .belgium), ("ocm", .authority, .belgium), ("mcd", .mediator, .france),
        ("mediateur-mutualite-francaise", .mediator, .france), ("tribunal-travail", .court, .belgium),
        ("justice-de-paix", .court, .belgium), ("tribunal-premiere-instance", .court, .belgium),
        ("tribunal-judiciaire", .court, .france),
    ])
    func mediatorsAndCourts(id: String, kind: OrganismKind, country: Country) throws {
        let organism = try #require(catalog.organism(id: id))
        #expect(organism.kind == kind)
        #expect(organism.country == country)
    }

    /// A letter in Dutch or German takes the point's name and address in its language, where the catalog has them;
    /// an empty name removes a French "À l'attention de…" line.
    @Test func aContactPointIsWrittenInTheLettersLanguage() throws {
        let json = #"""
            {"name": "À l'attention du service", "address": ["Rue du Trône 30A", "1000 Bruxelles"], "phone": "02",
             "localized": {"nl": {"name": "", "address": ["Troonstraat 30A", "1000 Brussel"]},
                           "de": {"address": ["Rue du Trône 30A", "1000 Brüssel"]}}}
            """#
        let point = try JSONDecoder().decode(ContactPoint.self, from: Data(json.utf8))
        #expect(point.in(.french) == point)
        #expect(point.in(.dutch).name == nil)
        #expect(point.in(.dutch).address == ["Troonstraat 30A", "1000 Brussel"])
        #expect(point.in(.dutch).phone == "02")
        #expect(point.in(.german).name == "À l'attention du service")
        #expect(point.in(.german).address.last == "1000 Brüssel")
        #expect(ContactPoint(address: ["Rue X 1"]).in(.dutch).address == ["Rue X 1"])
        // The resolver gives the recipient in the letter's language; French by default.
        let resolver = RecipientResolver(catalog: catalog)
        let caami = try #require(catalog.organism(id: "caami"))
        #expect(resolver.contactPoint(of: caami, for: .complaint).address.last == "1000 Bruxelles")
        #expect(resolver.contactPoint(of: caami, for: .complaint, language: .dutch).address.last == "1000 Brussel")
    }

    /// A complaints service reached online only gets the fund's own postal address for the letter (marked à
    /// vérifier), keeping its website; a service with its own address keeps it; the first contact is not changed.
    @Test func aServiceOnlineOnlyGetsTheHeadOfficeForALetter() throws {
        let resolver = RecipientResolver(catalog: catalog)
        let harmonie = try #require(catalog.organism(id: "harmonie-mutuelle"))
        #expect(harmonie.complaints?.address.isEmpty == true)
        #expect(harmonie.complaints?.website != nil)
        let complaint = resolver.contactPoint(of: harmonie, for: .complaint)
        #expect(complaint.address == harmonie.contact.address)
        #expect(complaint.website == harmonie.complaints?.website)
        #expect(complaint.name == harmonie.complaints?.name)
        #expect(complaint.unconfirmed == true)
        let generali = try #require(catalog.organism(id: "generali"))
        #expect(resolver.contactPoint(of: generali, for: .complaint).address == generali.complaints?.address)
        let online = Organism(
            id: "en-ligne", name: "Mutuelle en ligne", country: .france, kind: .fund,
            contact: ContactPoint(address: ["1 rue Haute", "08000 Charleville-Mézières"]),
            customerService: ContactPoint(website: "https://example.fr/contact"),
            complaints: ContactPoint(website: "https://example.fr/reclamation"), source: "test")
        #expect(resolver.contactPoint(of: online, for: .customerService).address.isEmpty)
        #expect(
            resolver.contactPoint(of: online, for: .complaint).address == ["1 rue Haute", "08000 Charleville-Mézières"])
    }

    /// The address the wizard shows in an empty "Adresse de l'organisme" is the one the stage's letter prints: the
    /// customer service's at stage 1, the complaints service's from stage 2 on, the insurer's for a hospitalisation
    /// insurance; the registry's for the court's address; none for a fund typed by hand.
    @Test func theCatalogAddressIsTheOneTheLettersTake() throws {
        let resolver = RecipientResolver(catalog: catalog)
        var dossier = try SendingGuideTests.example("partenamut-kinesitherapie")
        #expect(dossier.fund.customAddress.isEmpty)
        for stage in [EscalationStage.customerService, .complaint] {
            dossier.currentStage = stage
            let used = try #require(resolver.catalogAddress(for: .fundAddress, of: dossier))
            let recipient = try #require(resolver.recipient(for: dossier, stage: stage))
            #expect(Array(recipient.lines.suffix(used.address.count)) == used.address, "\(stage)")
            #expect((used.unconfirmed == true) == recipient.unconfirmed, "\(stage)")
        }
        dossier.disputeKind = .hospitalisationInsurance
        let insured = try #require(resolver.catalogAddress(for: .fundAddress, of: dossier))
        let insurer = try #require(resolver.recipient(for: dossier, stage: .complaint))
        #expect(insurer.organism?.id == "mloz-insurance")
        #expect(Array(insurer.lines.suffix(insured.address.count)) == insured.address)
        // A French complaints service reached online: the head office, à vérifier, as the letter has it.
        var harmonie = try SendingGuideTests.example("identites-mutuelle-optique")
        harmonie.fund.organismId = "harmonie-mutuelle"
        harmonie.currentStage = .complaint
        let office = try #require(resolver.catalogAddress(for: .fundAddress, of: harmonie))
        #expect(office.address == catalog.organism(id: "harmonie-mutuelle")?.contact.address)
        #expect(office.unconfirmed == true)
        // Typed by hand, the fund has no catalog address; a field that is no address has none.
        var other = dossier
        other.fund.organismId = FundChoice.otherId
        #expect(resolver.catalogAddress(for: .fundAddress, of: other) == nil)
        #expect(resolver.catalogAddress(for: .street, of: dossier) == nil)
        // The court's: the registry of the petition; none where stage 4 is no petition (France).
        let caami = try SendingGuideTests.example("caami-incapacite")
        let registry = try #require(resolver.catalogAddress(for: .courtAddress, of: caami))
        #expect(registry.address == resolver.court(of: caami)?.contact.address)
        #expect(
            resolver.recipient(for: caami, stage: .court)?.lines.suffix(registry.address.count).elementsEqual(
                registry.address) == true)
        #expect(resolver.catalogAddress(for: .courtAddress, of: harmonie) == nil)
    }

    @Test func everyOrganismHasASourceAndAName() {
        for organism in catalog.organisms {
            #expect(!organism.source.trimmed.isEmpty, "\(organism.id) has no source")
            #expect(!organism.name.trimmed.isEmpty, "\(organism.id) has no name")
            #expect(!organism.id.isEmpty && organism.id == organism.id.lowercased() && !organism.id.contains(" "))
        }
    }

    @Test func everyDelayHasASource() {
        var count = 0
        for organism in catalog.organisms {
            for point in [organism.contact, organism.customerService, organism.complaints].compactMap({ $0 }) {
                for delay in point.delays {
                    count += 1
                    #expect(!delay.source.trimmed.isEmpty, "\(organism.id): \(delay.kind) has no source")
                    #expect(delay.amount > 0)
                }
            }
        }
        for rules in catalog.routes {
            for delay in rules.delays {
                count += 1
                #expect(!delay.source.trimmed.isEmpty, "\(rules.route): \(delay.kind) has no source")
                #expect(delay.amount > 0)
            }
        }
        #expect(count > 5)
    }

    @Test func everyRouteHasItsRules() throws {
        for route in Route.allCases {
            let rules = try #require(catalog.rules(for: route), "\(route)")
            let court = try #require(rules.courtId.flatMap { catalog.organism(id: $0) }, "\(route)")
            #expect(court.kind == .court)
            #expect(court.serves(route))
        }
        let france = try #require(catalog.rules(for: .franceMutuelle))
        #expect(france.amicableAttemptThreshold == 5000)
        let wait = try #require(france.delay(.mediationWait))
        var expected = Delay(kind: .mediationWait, amount: 2, unit: .months, source: wait.source)
        expected.localizedSources = wait.localizedSources
        #expect(wait == expected)
        #expect(france.delay(.mediationWindow)?.amount == 1 && france.delay(.mediationWindow)?.unit == .years)
        #expect(france.delay(.prescription)?.amount == 2 && france.delay(.prescription)?.unit == .years)
        let compulsory = try #require(catalog.rules(for: .belgiumCompulsory))
        #expect(compulsory.delay(.courtAppeal)?.amount == 3 && compulsory.delay(.courtAppeal)?.unit == .months)
    }

    @Test func everyMediatorServesARouteOfItsCountry() {
        for organism in catalog.organisms where organism.kind.mediates || organism.kind == .court {
            #expect(Route.allCases.contains { organism.serves($0) }, "\(organism.id)")
            #expect(organism.routes.allSatisfy { $0.country == organism.country }, "\(organism.id)")
        }
    }

    @Test func competentCourt() {
        #expect(catalog.competentCourt(route: .belgiumHospitalisation, amount: 3000)?.id == "justice-de-paix")
        #expect(catalog.competentCourt(route: .belgiumHospitalisation, amount: 5000)?.id == "justice-de-paix")
        #expect(
            catalog.competentCourt(route: .belgiumHospitalisation, amount: 5000.01)?.id == "tribunal-premiere-instance")
        #expect(catalog.competentCourt(route: .belgiumHospitalisation, amount: nil)?.id == "tribunal-premiere-instance")
        // A mutualité's complementary services go to the labour court, not the civil courts (ocm-cdz.be).
        #expect(catalog.competentCourt(route: .belgiumComplementary, amount: 8000)?.id == "tribunal-travail")
        #expect(catalog.competentCourt(route: .belgiumCompulsory, amount: 80_000)?.id == "tribunal-travail")
        #expect(catalog.competentCourt(route: .franceMutuelle, amount: 300)?.id == "tribunal-judiciaire")
        #expect(catalog.competentCourt(route: .franceInsurer, amount: nil)?.id == "tribunal-judiciaire")
    }

    @Test func defaultMediator() {
        #expect(catalog.defaultMediator(fundId: "partenamut", route: .belgiumCompulsory)?.id == "partenamut-mediation")
        // Complementary services: the OCM after the union; hospitalisation insurance: the Ombudsman des Assurances.
        #expect(catalog.defaultMediator(fundId: "partenamut", route: .belgiumComplementary)?.id == "ocm")
        #expect(catalog.defaultMediator(fundId: "cm", route: .belgiumHospitalisation)?.id == "ombudsman-assurances")
        #expect(catalog.defaultMediator(fundId: "caami", route: .belgiumCompulsory)?.id == "mediateur-federal")
        #expect(catalog.defaultMediator(fundId: "identites-mutuelle", route: .franceMutuelle)?.id == "mcd")
        #expect(catalog.defaultMediator(fundId: "partenamut", route: .franceMutuelle) == nil)
        #expect(catalog.defaultMediator(fundId: "identites-mutuelle", route: .belgiumCompulsory) == nil)
        // A fund that names none, or one the member typed: the mediator of its kind of organism.
        #expect(
            catalog.defaultMediator(fundId: "inconnu", route: .franceMutuelle)?.id == "mediateur-mutualite-francaise")
        #expect(catalog.defaultMediator(fundId: FundChoice.otherId, route: .franceInsurer)?.id == "mediation-assurance")
        #expect(
            catalog.defaultMediator(fundId: FundChoice.otherId, route: .franceProvident)?.id
                == "mediateur-protection-sociale-ctip")
        // A local fund without its own mediator has its union's.
        #expect(catalog.defaultMediator(fundId: "solidaris-wallonie", route: .belgiumCompulsory) != nil)
    }

    @Test func defaultMediatorsServeTheirRoute() {
        for fund in catalog.funds() {
            for (routeName, id) in fund.mediators ?? [:] {
                let routes = Route.named(routeName)
                #expect(routes != nil, "\(fund.id): \(routeName)")
                // "france" names every French route; a French organism has one kind, hence one route.
                let own = fund.complementaryKind.map {
                    Route(country: .france, disputeKind: nil, complementaryKind: $0)
                }
                for route in routes ?? [] where routeName != Route.legacyFrance || route == own {
                    let mediator = catalog.organism(id: id)
                    #expect(mediator?.kind.mediates == true, "\(fund.id) → \(id)")
                    #expect(mediator?.serves(route) == true, "\(fund.id) → \(id) for \(route)")
                    #expect(route.country == fund.country)
                }
            }
        }
    }

    @Test func mediatorsForEachRoute() {
        let compulsory = Set(catalog.mediators(for: .belgiumCompulsory).map(\.id))
        #expect(compulsory.isSuperset(of: ["partenamut-mediation", "mediateur-federal", "cm-mediation"]))
        #expect(!compulsory.contains("ocm") && !compulsory.contains("ombudsman-assurances"))
        #expect(catalog.mediators(for: .belgiumComplementary).map(\.id).contains("ocm"))
        #expect(catalog.mediators(for: .belgiumHospitalisation).map(\.id) == ["ombudsman-assurances"])
        #expect(
            Set(catalog.mediators(for: .franceMutuelle).map(\.id)).isSuperset(of: [
                "mcd", "mediateur-mutualite-francaise",
            ]))
        #expect(catalog.mediators(for: .franceInsurer).map(\.id).contains("mediation-assurance"))
    }

    @Test func contactPointsFallBackOnTheHeadOffice() throws {
        let partenamut = try #require(catalog.organism(id: "partenamut"))
        #expect(partenamut.contactPoint(for: .customerService) == partenamut.customerService)
        #expect(partenamut.contactPoint(for: .complaint) == partenamut.complaints)
        #expect(partenamut.contactPoint(for: .mediation) == partenamut.contact)
        #expect(partenamut.contactPoint(for: .complaint).delay(.answer)?.amount == 30)
        let mcd = try #require(catalog.organism(id: "mcd"))
        #expect(mcd.contactPoint(for: .complaint) == mcd.contact)
    }
}

@Suite struct UserCatalogTests {
    /// Writes a user catalog file and returns its URL.
    static func write(_ json: String, in directory: URL, name: String = "organisms.json") throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(json.utf8).write(to: url)
        return url
    }

    static func organismJSON(
        id: String, name: String = "Test", country: String = "BE", kind: String = "fund", extra: String = ""
    ) -> String {
        """
        {"id": "\(id)", "name": "\(name)", "country": "\(country)", "kind": "\(kind)",
         "contact": {"address": ["Rue 1", "1000 Bruxelles"]}, "source": "test"\(extra)}
        """
    }

    static func catalogJSON(_ organisms: [String], routes: String = "[]", version: Int = 1) -> String {
        #"{"schemaVersion": \#(version), "organisms": [\#(organisms.joined(separator: ", "))], "routes": \#(routes)}"#
    }

    /// Loads shipped + user, expecting a CatalogError whose message names the user file.
    static func expectFailure(user: URL, sourceLocation: SourceLocation = #_sourceLocation) -> CatalogError? {
        do {
            _ = try OrganismCatalog.load(shipped: TestSupport.shippedCatalogURL, user: user)
            Issue.record("the user catalog was accepted", sourceLocation: sourceLocation)
            return nil
        } catch {
            #expect(error.message.contains(user.path), "\(error.message)", sourceLocation: sourceLocation)
            #expect(TestSupport.isFrenchSentence(error.message), "\(error.message)", sourceLocation: sourceLocation)
            return error
        }
    }

    @Test func mergeReplacesByIdAndAddsNewOnes() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let user = try Self.write(
            Self.catalogJSON(
                [
                    Self.organismJSON(
                        id: "partenamut", name: "Partenamut (adresse corrigée)",
                        extra: #", "mediators": {"belgiumCompulsory": "partenamut-mediation"}"#),
                    Self.organismJSON(id: "ma-mutuelle", name: "Ma Mutuelle", country: "FR"),
                ],
                routes:
                    #"[{"route": "france", "delays": [{"kind": "prescription", "amount": 5, "unit": "years", "source": "test"}], "courtId": "tribunal-judiciaire"}]"#
            ),
            in: directory)
        let shipped = TestSupport.catalog
        let merged = try OrganismCatalog.load(shipped: TestSupport.shippedCatalogURL, user: user)
        #expect(merged.organisms.count == shipped.organisms.count + 1)
        #expect(merged.organism(id: "partenamut")?.name == "Partenamut (adresse corrigée)")
        #expect(merged.organism(id: "partenamut")?.medicalAdviserComplaintsId == nil)
        #expect(merged.organism(id: "ma-mutuelle")?.country == .france)
        #expect(merged.funds(in: .france).contains { $0.id == "ma-mutuelle" })
        #expect(merged.organism(id: "caami") == shipped.organism(id: "caami"))
        // The position of a replaced entry is kept.
        #expect(
            merged.organisms.firstIndex { $0.id == "partenamut" }
                == shipped.organisms.firstIndex { $0.id == "partenamut" })
        #expect(merged.rules(for: .franceMutuelle)?.delay(.prescription)?.amount == 5)
        #expect(merged.rules(for: .franceMutuelle)?.amicableAttemptThreshold == nil)
        #expect(merged.rules(for: .belgiumCompulsory) == shipped.rules(for: .belgiumCompulsory))
    }

    @Test func mergeInMemory() {
        var catalog = TestSupport.catalog
        let replacement = Organism(
            id: "mcd", name: "MCD (nouvelle adresse)", country: .france, kind: .mediator, routes: [.franceMutuelle],
            contact: ContactPoint(address: ["1 rue Neuve", "75001 Paris"]), source: "courrier reçu")
        let added = Organism(
            id: "mediateur-test", name: "Médiateur test", country: .france, kind: .mediator,
            contact: ContactPoint(), source: "test")
        catalog.merge(OrganismCatalog(organisms: [replacement, added], routes: []))
        #expect(catalog.organism(id: "mcd") == replacement)
        #expect(catalog.organism(id: "mediateur-test") == added)
        #expect(catalog.organisms.count == TestSupport.catalog.organisms.count + 1)
        #expect(
            Set(catalog.mediators(for: .franceMutuelle).map(\.id))
                == Set(TestSupport.catalog.mediators(for: .franceMutuelle).map(\.id) + ["mediateur-test"]))
    }

    @Test func missingUserFileIsIgnored() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let loaded = try OrganismCatalog.load(
            shipped: TestSupport.shippedCatalogURL, user: directory.appendingPathComponent("organisms.json"))
        #expect(loaded == TestSupport.catalog)
    }

    @Test func badJSON() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let user = try Self.write(#"{"schemaVersion": 1, "organisms": [ {"id": "x""#, in: directory)
        let error = Self.expectFailure(user: user)
        guard case .unreadable(let path, _)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(path == user.path)
    }

    @Test func wrongTypeNamesTheField() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let user = try Self.write(
            Self.catalogJSON([Self.organismJSON(id: "x", kind: "banque")]), in: directory)
        let error = Self.expectFailure(user: user)
        #expect(error?.message.contains("kind") == true, "\(error?.message ?? "")")
    }

    @Test func newerSchemaVersion() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let user = try Self.write(Self.catalogJSON([], version: 99), in: directory)
        let error = Self.expectFailure(user: user)
        guard case .unreadable(let path, let reason)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(path == user.path)
        #expect(reason.contains("99"))
    }

    @Test func duplicateIdInTheUserFile() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let user = try Self.write(
            Self.catalogJSON([
                Self.organismJSON(id: "ma-mutuelle", name: "Première"),
                Self.organismJSON(id: "ma-mutuelle", name: "Seconde"),
            ]), in: directory)
        let error = Self.expectFailure(user: user)
        #expect(error?.message.contains("ma-mutuelle") == true, "\(String(describing: error))")
    }

    @Test func duplicateIdOfAShippedEntryInTheUserFile() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let user = try Self.write(
            Self.catalogJSON([
                Self.organismJSON(id: "partenamut", name: "Première"),
                Self.organismJSON(id: "partenamut", name: "Seconde"),
            ]), in: directory)
        let error = Self.expectFailure(user: user)
        #expect(error?.message.contains("partenamut") == true, "\(String(describing: error))")
    }

    @Test func unknownMediatorReference() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let user = try Self.write(
            Self.catalogJSON([
                Self.organismJSON(
                    id: "ma-mutuelle", extra: #", "mediators": {"belgiumCompulsory": "mediateur-fantome"}"#)
            ]), in: directory)
        let error = Self.expectFailure(user: user)
        #expect(error?.message.contains("mediateur-fantome") == true, "\(String(describing: error))")
    }

    @Test func unknownRouteOrCourtReference() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let route = try Self.write(
            Self.catalogJSON([Self.organismJSON(id: "ma-mutuelle", extra: #", "mediators": {"luxembourg": "mcd"}"#)]),
            in: directory, name: "route.json")
        #expect(Self.expectFailure(user: route)?.message.contains("luxembourg") == true)
        let court = try Self.write(
            Self.catalogJSON([], routes: #"[{"route": "france", "delays": [], "courtId": "tribunal-fantome"}]"#),
            in: directory, name: "court.json")
        #expect(Self.expectFailure(user: court)?.message.contains("tribunal-fantome") == true)
    }

    @Test func reservedOtherId() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let user = try Self.write(Self.catalogJSON([Self.organismJSON(id: FundChoice.otherId)]), in: directory)
        #expect(Self.expectFailure(user: user) != nil)
    }

    @Test func checkReferencesInMemory() {
        let fund = Organism(
            id: "f", name: "F", country: .belgium, kind: .fund, contact: ContactPoint(),
            mediators: ["belgiumCompulsory": "m"],
            source: "s")
        let mediator = Organism(
            id: "m", name: "M", country: .belgium, kind: .mediator, contact: ContactPoint(), source: "s")
        #expect(throws: Never.self) { try OrganismCatalog(organisms: [fund, mediator], routes: []).checkReferences() }
        #expect(throws: CatalogError.self) { try OrganismCatalog(organisms: [fund], routes: []).checkReferences() }
        #expect(throws: CatalogError.self) {
            try OrganismCatalog(organisms: [fund, mediator, mediator], routes: []).checkReferences()
        }
        var adviser = fund
        adviser.medicalAdviserComplaintsId = "inconnu"
        #expect(throws: CatalogError.self) {
            try OrganismCatalog(organisms: [adviser, mediator], routes: []).checkReferences()
        }
    }

    @Test func shippedCatalogErrorsNameTheFile() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let missing = directory.appendingPathComponent("organisms.json")
        #expect(throws: CatalogError.unreadable(path: missing.path, reason: "le fichier ne peut pas être lu")) {
            try OrganismCatalog.read(missing)
        }
        let message = CatalogError.notFound(searched: ["/a/Resources", "/b/share/recours"]).message
        #expect(message.contains("/a/Resources") && message.contains("/b/share/recours"))
        #expect(message.contains(OrganismCatalog.fileName))
        #expect(TestSupport.isFrenchSentence(message))
    }

    @Test func optionalPartsMayBeLeftOut() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let user = try Self.write(
            #"{"schemaVersion": 1, "organisms": [{"id": "mini", "name": "Mini", "country": "FR", "kind": "fund"}]}"#,
            in: directory)
        let catalog = try OrganismCatalog.read(user)
        let mini = try #require(catalog.organism(id: "mini"))
        #expect(mini.routes.isEmpty && mini.source.isEmpty && mini.contact == ContactPoint())
        #expect(mini.serves(.franceMutuelle) && !mini.serves(.belgiumCompulsory))
        #expect(catalog.routes.isEmpty)
    }
}
