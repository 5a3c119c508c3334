//  KeePassium Password Manager
//  Copyright © 2018-2025 KeePassium Labs <info@keepassium.com>
//
//  This program is free software: you can redistribute it and/or modify it
//  under the terms of the GNU General Public License version 3 as published
//  by the Free Software Foundation: https://www.gnu.org/licenses/).
//  For commercial licensing, please contact us.

import Foundation

extension LString {
    public static let autoFillSettingsTitle = NSLocalizedString(
        "[Settings/AutoFill/title]",
        bundle: Bundle.framework,
        value: "AutoFill Passwords",
        comment: "Title of AutoFill settings screen")
    public static let quickAutoFillTitle = NSLocalizedString(
        "[QuickAutoFill/title]",
        bundle: Bundle.framework,
        value: "Quick AutoFill",
        comment: "Name of a feature that shows relevant entries directly next to the login/password forms.")
}
