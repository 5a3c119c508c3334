// Call notices from Swift: a provider-signed announced callback held with expectCall, the
// verdicts .expected and .spoofed from a call context, and every refusal the app can meet. The
// notices are signed by bindings/test.sh on each run (their windows are around now) with the
// DEMO ONLY Alipay notice key the bundled registry lists; registry-v2-notices.signed.json
// makes PayPal announce every call and lists ICBC's 400 hotline as inbound-only.
import Foundation
import XCTest

import CallGuardKit

private let me = "+8613800138000"

private func notice(_ name: String) throws -> Data {
    guard let dir = ProcessInfo.processInfo.environment["CALLGUARD_FIXTURES"] else {
        fatalError("set CALLGUARD_FIXTURES to the fixtures directory made by bindings/test.sh")
    }
    return try Data(contentsOf: URL(fileURLWithPath: dir).appendingPathComponent(name))
}

private func now() -> Int64 { Int64(Date().timeIntervalSince1970) }

/// The NoticeRefused message `body` throws, or nil after a test failure.
private func refusal(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> String? {
    do {
        try body()
        XCTFail("no error thrown", file: file, line: line)
    } catch CallGuardError.NoticeRefused(let message) {
        XCTAssertEqual(CallGuardError.NoticeRefused(message: message).message, message)
        return message
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
    return nil
}

final class NoticeTests: XCTestCase {
    func testAnAnnouncedCallFromTheOfficialNumberIsExpected() throws {
        let g = try CallGuard.bundled()
        let call = try g.expectCall(notice: notice("notice-now.json"), callee: me, region: nil)
        XCTAssertEqual(call.provider, "alipay")
        XCTAssertEqual(call.from, "95188")
        XCTAssertEqual(call.reason.en, "About your refund R-2291")
        XCTAssertEqual(call.reason.zhHans, "关于您的退款 R-2291")
        XCTAssertEqual(call.agent, "Agent Li")
        XCTAssertEqual(g.pendingCalls(), [call])
        let c = try g.checkCallerInContext(number: "95188", region: "CN", claimed: nil, context: CallContext())
        XCTAssertEqual(c.verdict, .expected)
        XCTAssertEqual(c.reasons.first?.code, "announced_call")
        XCTAssertEqual(c.expectedCall, call)
        XCTAssertTrue(try g.callingStatus(provider: "alipay", at: nil).calling)
        let a = try g.assessCallInContext(
            from: "95188", text: "请把刚收到的验证码告诉我", region: "CN", claimed: nil, context: CallContext())
        XCTAssertEqual(a.verdict.verdict, .expected)
        XCTAssertEqual(a.risk, .high)
        XCTAssertEqual(
            try g.checkCallerInContext(number: "+8613912345678", region: "CN", claimed: nil, context: CallContext()).verdict,
            .unknown)
        XCTAssertTrue(g.forgetCall(id: call.id))
        XCTAssertFalse(g.forgetCall(id: call.id))
        XCTAssertEqual(
            try g.checkCallerInContext(number: "95188", region: "CN", claimed: nil, context: CallContext()).verdict,
            .official)
    }

    func testOutsideItsWindowANoticeDoesNotMakeTheCallExpected() throws {
        let g = try CallGuard.bundled()
        let later = try g.expectCall(notice: notice("notice-later.json"), callee: me, region: nil)
        XCTAssertEqual(g.pendingCalls(), [later])
        let c = try g.checkCallerInContext(number: "95188", region: "CN", claimed: nil, context: CallContext())
        XCTAssertEqual(c.verdict, .official)
        XCTAssertNil(c.expectedCall)
        XCTAssertFalse(try g.callingStatus(provider: "alipay", at: nil).calling)
        let inWindow = now() + 3 * 3600 + 1800
        XCTAssertEqual(
            try g.checkCallerInContext(number: "95188", region: "CN", claimed: nil, context: CallContext(at: inWindow)).verdict,
            .expected)
    }

    func testANoticeForAnotherCalleeIsRefused() throws {
        let g = try CallGuard.bundled()
        let data = try notice("notice-now.json")
        let m = refusal { _ = try g.expectCall(notice: data, callee: "+8613800138001", region: nil) }
        XCTAssertTrue(m?.hasPrefix("other_callee") ?? false, m ?? "")
        XCTAssertTrue(g.pendingCalls().isEmpty)
    }

    func testANoticeSignedByAnUnlistedKeyIsRefused() throws {
        let g = try CallGuard.bundled()
        let data = try notice("notice-rogue.json")
        let m = refusal { _ = try g.expectCall(notice: data, callee: me, region: nil) }
        XCTAssertTrue(m?.hasPrefix("unlisted_key") ?? false, m ?? "")
        XCTAssertTrue(g.pendingCalls().isEmpty)
        _ = refusal { _ = try g.expectCall(notice: Data("not a notice".utf8), callee: me, region: nil) }
    }

    func testAFailedNetworkAttestationMakesAnOfficialNumberSpoofed() throws {
        let g = try CallGuard.bundled()
        _ = try g.expectCall(notice: notice("notice-now.json"), callee: me, region: nil)
        let failed = CallContext(attestation: attestationFromVerstat(verstat: "TN-Validation-Failed"))
        XCTAssertEqual(failed.attestation, .failed)
        let c = try g.checkCallerInContext(number: "95188", region: "CN", claimed: nil, context: failed)
        XCTAssertEqual(c.verdict, .spoofed)
        XCTAssertEqual(c.reasons.first?.code, "attestation_failed")
        XCTAssertEqual(c.officialNumbers, ["95188"])
        XCTAssertEqual(attestationFromAndroidStatus(status: 1), .passed)
        XCTAssertNil(attestationFromVerstat(verstat: "maybe"))
    }

    private func noticeGuard() throws -> CallGuard {
        try CallGuard.open(
            signedRegistry: notice("registry-v2-notices.signed.json"), trustRoot: TrustRoot.demo(),
            registryId: "callguard-demo", minVersion: 0)
    }

    func testACallFromAnInboundOnlyNumberIsSpoofed() throws {
        let c = try noticeGuard().checkCallerInContext(
            number: "+864006695588", region: "CN", claimed: nil, context: CallContext())
        XCTAssertEqual(c.verdict, .spoofed)
        XCTAssertEqual(c.reasons.first?.code, "inbound_only_number")
        XCTAssertEqual(c.provider, "icbc")
    }

    func testAnUnannouncedCallFromAProviderThatAnnouncesEveryCallIsSpoofed() throws {
        let g = try noticeGuard()
        let c = try g.checkCallerInContext(number: "+18882211161", region: nil, claimed: nil, context: CallContext())
        XCTAssertEqual(c.verdict, .spoofed)
        XCTAssertEqual(c.reasons.first?.code, "unannounced_call")
        let status = try g.callingStatus(provider: "paypal", at: nil)
        XCTAssertTrue(status.announcesCalls)
        XCTAssertFalse(status.calling)
        let a = try g.assessCallInContext(
            from: "+18882211161", text: "Hello, this is PayPal.", region: nil, claimed: nil, context: CallContext())
        XCTAssertEqual(a.risk, .high)
        XCTAssertTrue(a.advice.en.contains("+18882211161"), a.advice.en)
    }
}
