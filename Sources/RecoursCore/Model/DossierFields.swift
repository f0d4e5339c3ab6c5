/// Reading and writing any text or choice field of a dossier by its `Field`, as the wizard does.
/// Choices are read and written as their raw identifiers ("BE", "phone", "2"…); "" means not chosen.
/// Writing into a stage's field creates that stage's record, unless the value is empty.
extension Dossier {
    public subscript(field: Field) -> String {
        get { value(of: field) }
        set { setValue(newValue, of: field) }
    }

    func value(of field: Field) -> String {
        switch field {
        case .title: title
        case .currentStage: String(currentStage.rawValue)
        case .country: country?.rawValue ?? ""
        case .disputeKind: disputeKind?.rawValue ?? ""
        case .fund: fund.organismId
        case .fundName: fund.customName
        case .fundAddress: fund.customAddress
        case .civility: member.civility.rawValue
        case .firstName: member.firstName
        case .lastName: member.lastName
        case .street: member.street
        case .addressComplement: member.addressComplement
        case .postalCode: member.postalCode
        case .city: member.city
        case .email: member.email
        case .phone: member.phone
        case .memberNumber: member.memberNumber
        case .nationalNumber: member.nationalNumber
        case .subject: dispute.subject?.rawValue ?? ""
        case .subjectDetail: dispute.subjectDetail
        case .incidentDate: dispute.incidentDate
        case .amount: dispute.amount
        case .decisionDate: dispute.decisionDate
        case .decisionReference: dispute.decisionReference
        case .facts: dispute.facts
        case .whyUnsatisfied: dispute.whyUnsatisfied
        case .expectations: dispute.expectations
        case .attachments: String(dispute.attachments.count)
        case .attachmentDescription(let i): i < dispute.attachments.count ? dispute.attachments[i].description : ""
        case .attachmentDate(let i): i < dispute.attachments.count ? dispute.attachments[i].date : ""
        case .attachmentPath(let i): i < dispute.attachments.count ? dispute.attachments[i].path : ""
        case .contactDate: stages.contact?.date ?? ""
        case .contactChannel: stages.contact?.channel?.rawValue ?? ""
        case .contactReference: stages.contact?.reference ?? ""
        case .contactAnswer: stages.contact?.answer ?? ""
        case .complaintDate: stages.complaint?.date ?? ""
        case .complaintMode: stages.complaint?.mode?.rawValue ?? ""
        case .complaintReference: stages.complaint?.reference ?? ""
        case .complaintAnswerDate: stages.complaint?.answerDate ?? ""
        case .complaintAnswerSummary: stages.complaint?.answerSummary ?? ""
        case .mediationDate: stages.mediation?.date ?? ""
        case .mediator: stages.mediation?.mediatorId ?? ""
        case .mediationReference: stages.mediation?.reference ?? ""
        case .mediationOutcome: stages.mediation?.outcome ?? ""
        case .court: stages.court?.courtId ?? ""
        case .courtLocation: stages.court?.location ?? ""
        case .courtAddress: stages.court?.address ?? ""
        case .courtDecisionDate: stages.court?.decisionDate ?? ""
        case .courtDecisionReference: stages.court?.decisionReference ?? ""
        case .courtOutcome: stages.court?.outcome ?? ""
        }
    }

    mutating func setValue(_ value: String, of field: Field) {
        switch field {
        case .title: title = value
        case .currentStage: if let n = Int(value), let stage = EscalationStage(rawValue: n) { currentStage = stage }
        case .country: country = Country(rawValue: value)
        case .disputeKind: disputeKind = DisputeKind(rawValue: value)
        case .fund: fund.organismId = value
        case .fundName: fund.customName = value
        case .fundAddress: fund.customAddress = value
        case .civility: member.civility = Civility(rawValue: value) ?? .none
        case .firstName: member.firstName = value
        case .lastName: member.lastName = value
        case .street: member.street = value
        case .addressComplement: member.addressComplement = value
        case .postalCode: member.postalCode = value
        case .city: member.city = value
        case .email: member.email = value
        case .phone: member.phone = value
        case .memberNumber: member.memberNumber = value
        case .nationalNumber: member.nationalNumber = value
        case .subject: dispute.subject = DisputeSubject(rawValue: value)
        case .subjectDetail: dispute.subjectDetail = value
        case .incidentDate: dispute.incidentDate = value
        case .amount: dispute.amount = value
        case .decisionDate: dispute.decisionDate = value
        case .decisionReference: dispute.decisionReference = value
        case .facts: dispute.facts = value
        case .whyUnsatisfied: dispute.whyUnsatisfied = value
        case .expectations: dispute.expectations = value
        case .attachments: break
        case .attachmentDescription(let i): editAttachment(i) { $0.description = value }
        case .attachmentDate(let i): editAttachment(i) { $0.date = value }
        case .attachmentPath(let i): editAttachment(i) { $0.path = value }
        case .contactDate: editRecord(\.contact, ContactRecord(), value) { $0.date = value }
        case .contactChannel: editRecord(\.contact, ContactRecord(), value) { $0.channel = ContactChannel(rawValue: value) }
        case .contactReference: editRecord(\.contact, ContactRecord(), value) { $0.reference = value }
        case .contactAnswer: editRecord(\.contact, ContactRecord(), value) { $0.answer = value }
        case .complaintDate: editRecord(\.complaint, ComplaintRecord(), value) { $0.date = value }
        case .complaintMode: editRecord(\.complaint, ComplaintRecord(), value) { $0.mode = SendingMode(rawValue: value) }
        case .complaintReference: editRecord(\.complaint, ComplaintRecord(), value) { $0.reference = value }
        case .complaintAnswerDate: editRecord(\.complaint, ComplaintRecord(), value) { $0.answerDate = value }
        case .complaintAnswerSummary: editRecord(\.complaint, ComplaintRecord(), value) { $0.answerSummary = value }
        case .mediationDate: editRecord(\.mediation, MediationRecord(), value) { $0.date = value }
        case .mediator: editRecord(\.mediation, MediationRecord(), value) { $0.mediatorId = value }
        case .mediationReference: editRecord(\.mediation, MediationRecord(), value) { $0.reference = value }
        case .mediationOutcome: editRecord(\.mediation, MediationRecord(), value) { $0.outcome = value }
        case .court: editRecord(\.court, CourtRecord(), value) { $0.courtId = value }
        case .courtLocation: editRecord(\.court, CourtRecord(), value) { $0.location = value }
        case .courtAddress: editRecord(\.court, CourtRecord(), value) { $0.address = value }
        case .courtDecisionDate: editRecord(\.court, CourtRecord(), value) { $0.decisionDate = value }
        case .courtDecisionReference: editRecord(\.court, CourtRecord(), value) { $0.decisionReference = value }
        case .courtOutcome: editRecord(\.court, CourtRecord(), value) { $0.outcome = value }
        }
    }

    private mutating func editRecord<R>(
        _ path: WritableKeyPath<StageRecords, R?>, _ empty: R, _ value: String, _ edit: (inout R) -> Void
    ) {
        if stages[keyPath: path] == nil {
            guard !value.isEmpty else { return }
            stages[keyPath: path] = empty
        }
        edit(&stages[keyPath: path]!)
    }

    private mutating func editAttachment(_ index: Int, _ edit: (inout Attachment) -> Void) {
        guard index >= 0 else { return }
        while dispute.attachments.count <= index { dispute.attachments.append(Attachment()) }
        edit(&dispute.attachments[index])
    }
}
