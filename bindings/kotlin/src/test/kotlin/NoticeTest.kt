// Call notices from Kotlin: a provider-signed announced callback held with expectCall, the
// verdicts EXPECTED and SPOOFED from a call context, and every refusal the app can meet. The
// notices are signed by bindings/test.sh on each run (their windows are around now) with the
// DEMO ONLY Alipay notice key the bundled registry lists; registry-v2-notices.signed.json
// makes PayPal announce every call and lists ICBC's 400 hotline as inbound-only.
package org.callguard.test

import java.io.File
import org.callguard.Attestation
import org.callguard.CallContext
import org.callguard.CallGuard
import org.callguard.CallGuardException
import org.callguard.Risk
import org.callguard.TrustRoot
import org.callguard.Verdict
import org.callguard.attestationFromAndroidStatus
import org.callguard.attestationFromVerstat
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

private const val ME = "+8613800138000"

private val noticeFixtures: File =
    File(System.getProperty("callguard.fixtures") ?: error("run with -Dcallguard.fixtures=DIR"))

private fun notice(name: String): ByteArray = File(noticeFixtures, name).readBytes()

private fun now(): Long = System.currentTimeMillis() / 1000

class NoticeTest {
    @Test
    fun `an announced call from the official number is expected, with its reason`() {
        val guard = CallGuard.bundled()
        val call = guard.expectCall(notice("notice-now.json"), ME, null)
        assertEquals("alipay", call.provider)
        assertEquals("95188", call.from)
        assertEquals("About your refund R-2291", call.reason.en)
        assertEquals("关于您的退款 R-2291", call.reason.zhHans)
        assertEquals("Agent Li", call.agent)
        assertEquals(listOf(call), guard.pendingCalls())
        val c = guard.checkCallerInContext("95188", "CN", null, CallContext())
        assertEquals(Verdict.EXPECTED, c.verdict)
        assertEquals("announced_call", c.reasons[0].code)
        assertEquals(call, c.expectedCall)
        val status = guard.callingStatus("alipay", null)
        assertTrue(status.calling)
        assertEquals(listOf(call), status.calls)
        // Even an announced call never asks for the code.
        val a = guard.assessCallInContext("95188", "请把刚收到的验证码告诉我", "CN", null, CallContext())
        assertEquals(Verdict.EXPECTED, a.verdict.verdict)
        assertEquals(Risk.HIGH, a.risk)
        // A number that is not official stays what it is.
        assertEquals(Verdict.UNKNOWN, guard.checkCallerInContext("+8613912345678", "CN", null, CallContext()).verdict)
        assertTrue(guard.forgetCall(call.id))
        assertFalse(guard.forgetCall(call.id))
        assertEquals(Verdict.OFFICIAL, guard.checkCallerInContext("95188", "CN", null, CallContext()).verdict)
    }

    @Test
    fun `outside its window a notice does not make the call expected`() {
        val guard = CallGuard.bundled()
        val later = guard.expectCall(notice("notice-later.json"), ME, null)
        assertEquals(listOf(later), guard.pendingCalls())
        val c = guard.checkCallerInContext("95188", "CN", null, CallContext())
        assertEquals(Verdict.OFFICIAL, c.verdict)
        assertNull(c.expectedCall)
        assertFalse(guard.callingStatus("alipay", null).calling)
        // Inside the window (3 h 30 min from now) it is expected.
        val inWindow = CallContext(at = now() + 3 * 3600 + 1800)
        assertEquals(Verdict.EXPECTED, guard.checkCallerInContext("95188", "CN", null, inWindow).verdict)
        assertTrue(guard.callingStatus("alipay", now() + 3 * 3600 + 1800).calling)
    }

    @Test
    fun `a notice for another callee is refused and nothing is held`() {
        val guard = CallGuard.bundled()
        val e = assertThrows(CallGuardException.NoticeRefused::class.java) {
            guard.expectCall(notice("notice-now.json"), "+8613800138001", null)
        }
        assertTrue(e.message!!.startsWith("other_callee"), e.message)
        assertTrue(guard.pendingCalls().isEmpty())
        assertEquals(Verdict.OFFICIAL, guard.checkCallerInContext("95188", "CN", null, CallContext()).verdict)
    }

    @Test
    fun `a notice signed by a key the registry does not list is refused`() {
        val guard = CallGuard.bundled()
        val e = assertThrows(CallGuardException.NoticeRefused::class.java) {
            guard.expectCall(notice("notice-rogue.json"), ME, null)
        }
        assertTrue(e.message!!.startsWith("unlisted_key"), e.message)
        assertTrue(guard.pendingCalls().isEmpty())
        // Garbage is refused the same way, never a crash.
        assertThrows(CallGuardException.NoticeRefused::class.java) {
            guard.expectCall("not a notice".toByteArray(), ME, null)
        }
    }

    @Test
    fun `a failed network attestation makes an official number spoofed`() {
        val guard = CallGuard.bundled()
        guard.expectCall(notice("notice-now.json"), ME, null)
        val failed = CallContext(attestation = attestationFromAndroidStatus(2))
        assertEquals(Attestation.FAILED, failed.attestation)
        val c = guard.checkCallerInContext("95188", "CN", null, failed)
        assertEquals(Verdict.SPOOFED, c.verdict)
        assertEquals("attestation_failed", c.reasons[0].code)
        assertEquals(listOf("95188"), c.officialNumbers)
        assertEquals(Attestation.PASSED, attestationFromVerstat("TN-Validation-Passed-A"))
        assertEquals(Attestation.NOT_VERIFIED, attestationFromAndroidStatus(0))
        assertNull(attestationFromAndroidStatus(7))
        val passed = CallContext(attestation = Attestation.PASSED)
        assertEquals(Verdict.EXPECTED, guard.checkCallerInContext("95188", "CN", null, passed).verdict)
    }

    private fun noticeGuard() =
        CallGuard.open(File(noticeFixtures, "registry-v2-notices.signed.json").readBytes(), TrustRoot.demo(), "callguard-demo", 0UL)

    @Test
    fun `a call from an inbound-only number is spoofed`() {
        val c = noticeGuard().checkCallerInContext("+864006695588", "CN", null, CallContext())
        assertEquals(Verdict.SPOOFED, c.verdict)
        assertEquals("inbound_only_number", c.reasons[0].code)
        assertEquals("icbc", c.provider)
    }

    @Test
    fun `an unannounced call from a provider that announces every call is spoofed`() {
        val guard = noticeGuard()
        val c = guard.checkCallerInContext("+18882211161", null, null, CallContext())
        assertEquals(Verdict.SPOOFED, c.verdict)
        assertEquals("unannounced_call", c.reasons[0].code)
        val status = guard.callingStatus("paypal", null)
        assertTrue(status.announcesCalls)
        assertFalse(status.calling)
        val a = guard.assessCallInContext("+18882211161", "Hello, this is PayPal.", null, null, CallContext())
        assertEquals(Risk.HIGH, a.risk)
        assertTrue(a.advice.en.contains("+18882211161"), a.advice.en)
        assertThrows(CallGuardException.InvalidArgument::class.java) { guard.callingStatus("stripe", null) }
    }

    @Test
    fun `a contact saved with a provider's name is a claim`() {
        val c = CallGuard.bundled().checkCallerInContext("+8613912345678", "CN", null, CallContext(displayName = "支付宝"))
        assertEquals(Verdict.UNKNOWN, c.verdict)
        assertTrue(c.reasons.any { it.code == "display_name_claims_provider" })
        assertEquals(listOf("95188"), c.officialNumbers)
    }
}
