//  KeePassium Password Manager
//  Copyright © 2018-2025 KeePassium Labs <info@keepassium.com>
//
//  This program is free software: you can redistribute it and/or modify it
//  under the terms of the GNU General Public License version 3 as published
//  by the Free Software Foundation: https://www.gnu.org/licenses/).
//  For commercial licensing, please contact the author.

// swiftlint:disable line_length
extension LString {
    public static let tipBoxTitle2 = NSLocalizedString(
        "[TipBox/title/2]",
        bundle: Bundle.framework,
        value: "Donations",
        comment: "Title of the tip box/donation screen."
    )
    public static let tipBoxTitle3 = NSLocalizedString(
        "[TipBox/title/3]",
        bundle: Bundle.framework,
        value: "Support KeePassium",
        comment: "Call to action, title of the tip box/donation screen."
    )

    public static let tipBoxDescription1 = NSLocalizedString(
        "[TipBox/description/1]",
        bundle: Bundle.framework,
        value: "Do you like KeePassium?",
        comment: "Text in the Donations screen."
    )
    public static let tipBoxDescription2 = NSLocalizedString(
        "[TipBox/description/2]",
        bundle: Bundle.framework,
        value: "KeePassium is a free open-source app. You trust it with your most sensitive information. There are no ads, no spying, no nonsense — we respect you.",
        comment: "Text in the Donations screen."
    )
    public static let tipBoxDescription3 = NSLocalizedString(
        "[TipBox/description/3]",
        bundle: Bundle.framework,
        value: "Do you like KeePassium but don't need the premium features?",
        comment: "Text in the Donations screen."
    )

    public static let tipBoxCallToAction1 = NSLocalizedString(
        "[TipBox/callToAction/1]",
        bundle: Bundle.framework,
        value: "Help us make KeePassium better!",
        comment: "Call to action in the Donations screen."
    )
    public static let tipBoxCallToAction2 = NSLocalizedString(
        "[TipBox/callToAction/2]",
        bundle: Bundle.framework,
        value: "Help us keep KeePassium shiny!",
        comment: "Call to action in the Donations screen."
    )
    public static let tipBoxCallToAction3 = NSLocalizedString(
        "[TipBox/callToAction/3]",
        bundle: Bundle.framework,
        value: "Help us keep KeePassium free!",
        comment: "Call to action in the Donations screen. (free = gratis)"
    )

    public static let tipBoxThankYou = NSLocalizedString(
        "[TipBox/thankYou]",
        bundle: Bundle.framework,
        value: "Thank you!",
        comment: "Notification after a successful donation."
    )
}
// swiftlint:enable line_length
