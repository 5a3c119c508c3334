<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccountSettings</name>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set fullname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login without password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete current account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name, account fullname, account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account fullname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group names should be no more than 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group names cannot only have numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters,numbers,underscores and dashes only, and must start with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group name has been used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick login, Auto login, login without password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsMain</name>
    <message>
        <source>Other accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFaceinfoDialog</name>
    <message>
        <source>Enroll Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read and agree to the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to enroll your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face recognition does not support liveness detection, and the verification method may carry risks.
To ensure successful entry:
1. Keep your facial features clearly visible and do not cover them (hats, sunglasses, masks, etc.).
2. Ensure sufficient lighting and avoid direct sunlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Biometric authentication&quot; is a function for user identity authentication provided by UnionTech Software Technology Co., Ltd. Through &quot;biometric authentication&quot;, the biometric data collected will be compared with that stored in the device, and the user identity will be verified based on the comparison result.

Please be noted that UnionTech Software Technology Co., Ltd. will not collect or access your biometric information, which will be stored on your local device. Please only enable the biometric authentication in your personal device and use your own biometric information for related operations, and promptly disable or delete other people&apos;s biometric information on that device, otherwise you will bear the risk arising therefrom.

UnionTech Software Technology Co., Ltd. is committed to research and improve the security, accuracy and stability of biometric authentication. However, due to environmental, equipment, technical and other factors and risk control, there is no guarantee that you will pass the biometric authentication temporarily. Therefore, please do not take biometric authentication as the only way to log in to UOS. If you have any questions or suggestions when using the biometric authentication, you can give feedback through &quot;Service and Support&quot; in the UOS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFingerDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll Finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the finger to be entered into the fingerprint sensor and move it from bottom to top. After completing the action, please lift your finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read and agree to the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Biometric authentication&quot; is a function for user identity authentication provided by UnionTech Software Technology Co., Ltd. Through &quot;biometric authentication&quot;, the biometric data collected will be compared with that stored in the device, and the user identity will be verified based on the comparison result.

Please be noted that UnionTech Software Technology Co., Ltd. will not collect or access your biometric information, which will be stored on your local device. Please only enable the biometric authentication in your personal device and use your own biometric information for related operations, and promptly disable or delete other people&apos;s biometric information on that device, otherwise you will bear the risk arising therefrom.

UnionTech Software Technology Co., Ltd. is committed to research and improve the security, accuracy and stability of biometric authentication. However, due to environmental, equipment, technical and other factors and risk control, there is no guarantee that you will pass the biometric authentication temporarily. Therefore, please do not take biometric authentication as the only way to log in to UOS. If you have any questions or suggestions when using the biometric authentication, you can give feedback through &quot;Service and Support&quot; in the UOS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddIrisDialog</name>
    <message>
        <source>Enroll Iris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read and agree to the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iris enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to enroll your iris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Biometric authentication&quot; is a function for user identity authentication provided by UnionTech Software Technology Co., Ltd. Through &quot;biometric authentication&quot;, the biometric data collected will be compared with that stored in the device, and the user identity will be verified based on the comparison result.

Please be noted that UnionTech Software Technology Co., Ltd. will not collect or access your biometric information, which will be stored on your local device. Please only enable the biometric authentication in your personal device and use your own biometric information for related operations, and promptly disable or delete other people&apos;s biometric information on that device, otherwise you will bear the risk arising therefrom.

UnionTech Software Technology Co., Ltd. is committed to research and improve the security, accuracy and stability of biometric authentication. However, due to environmental, equipment, technical and other factors and risk control, there is no guarantee that you will pass the biometric authentication temporarily. Therefore, please do not take biometric authentication as the only way to log in to UOS. If you have any questions or suggestions when using the biometric authentication, you can give feedback through &quot;Service and Support&quot; in the UOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep an eye on the device and ensure that both eyes are within the collection area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authentication</name>
    <message>
        <source>Biometric Authentication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthenticationMain</name>
    <message>
        <source>Biometric Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 5 facial data can be entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying user identity through scanning fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity recognition through iris scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, numbers and underscores only, and no more than 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, numbers and underscores only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more than 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoLoginWarningDialog</name>
    <message>
        <source>&quot;Auto Login&quot; can be enabled for only one account, please disable it for the account &quot;%1&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvatarSettingsDialog</name>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cartoon style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensional style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatteryPage</name>
    <message>
        <source>Screen and Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the monitor after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock screen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer suspends after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the lid is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the power button is pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low battery notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Hibernate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low battery threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display remaining using and charging time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low battery level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlueTooth</name>
    <message>
        <source>Bluetooth settings, devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlueToothAdaptersModel</name>
    <message>
        <source>Bluetooth is turned off, and the name is displayed as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth is turned on, and the name is displayed as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlueToothDeviceListView</name>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BluetoothCtl</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow other Bluetooth devices to find this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use the Bluetooth function, please turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airplane Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth name cannot exceed 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BluetoothDeviceModel</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BootPage</name>
    <message>
        <source>Startup Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can click the menu to change the default startup items, or drag the image to the window to change the background image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grub start delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After turning on the theme, you can see the theme background when you turn on the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot menu verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After opening, entering the menu editing requires a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change boot menu verification password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the boot menu authentication password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Name :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Password :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the size of the logo animation on the system startup interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Allow below apps to access your camera:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharaMangerModel</name>
    <message>
        <source>Fingerprint1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please scan other fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recognize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finger moved too fast, please do not lift until prompted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean your finger or adjust the finger position, and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the finger position to scan your fingerprint fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finger moved too fast. Please do not lift until prompted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your finger and place it on the sensor again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position your face inside the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position a human face please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep away from the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get closer to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not position multiple faces inside the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the camera lens is clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not enroll in dark, bright or backlit environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your face uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera occupied!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorAndIcons</name>
    <message>
        <source>Accent Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customize your theme icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customize your theme cursor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfirmDeleteDialog</name>
    <message>
        <source>Are you sure you want to delete this account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComfirmSafePage</name>
    <message>
        <source>Go to settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric Keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps lock prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double Click Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double Click Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left Hand Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolling Speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonInfoMain</name>
    <message>
        <source>Boot Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage your boot menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer root permission management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer debugging options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonInfoWork</name>
    <message>
        <source>Large size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to get root access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in to your Union ID first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read your PC information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate loading failed, unable to get root access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verification failed, unable to get root access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree and Join User Experience Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Disclaimer of Developer Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree and Request Root Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start setting the new boot animation, please wait for a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting new boot animation finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings will be applied after rebooting the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart device to finish applying Solid System Read-Only Protection settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmManager</name>
    <message>
        <source>Password must contain numbers and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password must be between 8 and 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FullName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username cannot exceed 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username can only contain letters, numbers, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name cannot exceed 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name cannot contain colons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomAvatarCropper</name>
    <message>
        <source>small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>big</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomAvatarEmpatyArea</name>
    <message>
        <source>You haven&apos;t uploaded an avatar yet. Click or drag and drop to upload an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uploaded file type is incorrect, please upload it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DCC_NAMESPACE::SystemInfoModel</name>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DCC_NAMESPACE::SystemInfoWork</name>
    <message>
        <source>https://www.deepin.org/en/agreement/privacy/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.uniontech.com/agreement/privacy-en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.uniontech.com/agreement/experience-en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;We are deeply aware of the importance of your personal information to you. So we have the Privacy Policy that covers how we collect, use, share, transfer, publicly disclose, and store your information.&lt;/p&gt;&lt;p&gt;You can &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt; to view our latest privacy policy and/or view it online by visiting &lt;a href=&quot;%1&quot;&gt; %1&lt;/a&gt;. Please read carefully and fully understand our practices on customer privacy. If you have any questions, please contact us at: %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&quot;color:%2;&quot;&gt;Joining User Experience Program means that you grant and authorize us to collect and use the information of your device, system and applications. If you refuse our collection and use of the aforementioned information, do not join User Experience Program. For details, please refer to Deepin Privacy Policy (&lt;/span&gt;&lt;a href=&quot;%1&quot; style=&quot;text-decoration: none;&quot;&gt;%1&lt;/a&gt;&lt;span style=&quot;color:%2;&quot;&gt;).&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&quot;color:%2;&quot;&gt;Joining User Experience Program means that you grant and authorize us to collect and use the information of your device, system and applications. If you refuse our collection and use of the aforementioned information, please do not join it. For the details of User Experience Program, please visit &lt;/span&gt;&lt;a href=&quot;%1&quot; style=&quot;text-decoration: none;&quot;&gt;%1&lt;/a&gt;&lt;span style=&quot;color:%2;&quot;&gt;.&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeSettingDialog</name>
    <message>
        <source>Date and time setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Datetime</name>
    <message>
        <source>Time and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time and date, time zone settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatetimeMain</name>
    <message>
        <source>Language and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language, regional formats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatetimeModel</name>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours earlier than local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours later than local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit grouping symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatetimeWorker</name>
    <message>
        <source>Authentication is required to change NTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication is required to set the system timezone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DccColorDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DccWindow</name>
    <message>
        <source>Control Center provides the options for system settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepinIDAccountSecurity</name>
    <message>
        <source>Bind WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By binding WeChat, you can securely and quickly log in to your %1 ID and local accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to unbind WeChat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After unbinding WeChat, you will not be able to use WeChat to scan the QR code to log in to %1 ID or local account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me think it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Account Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After binding your local account, you can use the following functions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Scan Code Login System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use WeChat, which is bound to your %1 ID, to scan code to log in to your local account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password via %1 ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset your local password via %1 ID in case you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use the above features, please go to Control Center - Accounts and turn on the corresponding options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepinIDInterface</name>
    <message>
        <source>deepin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UOS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepinIDLogin</name>
    <message>
        <source>Cloud Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage your %1 ID and sync your personal data across devices.
Sign in to %1 ID to get personalized features and services of Browser, App Store, and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to %1 ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepinIDSyncService</name>
    <message>
        <source>Auto Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securely store system settings and personal data in the cloud, and keep them in sync across devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cloud data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to clear your system settings and personal data saved in the cloud?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the data is cleared, it cannot be recovered!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepinIDUserInfo</name>
    <message>
        <source>Synchronization Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account and Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to web settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname must be 1~32 characters long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepinWorker</name>
    <message>
        <source>encrypt password failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password, %1 chances left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login error has reached the limit today. You can reset the password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nickname can be modified only once a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deepinid</name>
    <message>
        <source>deepin ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UOS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepinidModel</name>
    <message>
        <source>Mainland China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature is not available at present, please activate your system first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject to your local laws and regulations, it is currently unavailable in your region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Defaultapp</name>
    <message>
        <source>Default App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the default application for opening various types of files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultappMain</name>
    <message>
        <source>Webpage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailItem</name>
    <message>
        <source>Please choose the default program to open &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Desktop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps (*.desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevelopModePage</name>
    <message>
        <source>Root Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Root Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After entering the developer mode, you can obtain root permissions, but it may also damage the system integrity, so please use it with caution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login UOS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your UOS ID has been logged in, click to enter developer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in to your UOS ID first and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.Export PC Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.Import Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development and debugging options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System logging level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the options results in more detailed logging that may degrade system performance and/or take up more storage space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the option may take up to a minute to process, after receiving a successful setting prompt, please reboot the device to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To install and run unsigned apps, please go to &lt;a style=&apos;text-decoration: none;&apos; href=&apos;Security Center&apos;&gt; Security Center &lt;/a&gt; to change the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To install and run unsigned apps, please go to Security Center to change the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have entered developer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.please go to %1 to Download offline certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature is not available at present, please activate your system first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid System Read-Only Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling protection unlocks system directories，This action carries a high risk of system damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable protection to lock system directories and ensure optimal stability.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>Bluetooth and Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclaimerControl</name>
    <message>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness,resolution,scaling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayMain</name>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>125%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>150%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>175%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>225%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>250%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>275%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>300%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple Displays Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen rearrangement will take effect in %1s after changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display And Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>270°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor only supports 100% display scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye Comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable eye comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust screen display to warmer colors, reducing screen blue light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunset to Sunrise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x%2 (Recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1Hz (Recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concat Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the display layout first to form a rectangle. If a rectangular layout is not possible, set all displays to the same resolution first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dock</name>
    <message>
        <source>Desktop and taskbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop organization, taskbar mode, plugin area settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockMain</name>
    <message>
        <source>Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centered Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dock size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple Displays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the position of the taskbar on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On screen where the cursor is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select which icons appear in the Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine application icons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileAndFolder</name>
    <message>
        <source>Allow below apps to access these files and folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FontSizePage</name>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monospaced Font</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Power Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Saving Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto power saving on low battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low battery threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto power saving on battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wakeup Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password is required to wake up the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password is required to wake up the monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutdown Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled Shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease screen brightness on power saver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GestureModel</name>
    <message>
        <source>Three-finger up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-finger down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-finger left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-finger right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-finger tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-finger up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-finger down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-finger left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-finger right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-finger tap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterfaceEffectListview</name>
    <message>
        <source>Optimal Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best Visuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable all interface and window effects for efficient system performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit some window effects for excellent visuals while maintaining smooth system performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable all interface and window effects for the best visual experience.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General Settings, input method, shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardMain</name>
    <message>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardWorker</name>
    <message>
        <source>The shortcut service is unavailable. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LangAndFormat</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system and applications may provide you with local content based on your country and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system and applications may set date and time formats based on regional formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LangsChooserDialog</name>
    <message>
        <source>Add language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginMethod</name>
    <message>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password, wechat, biometric authentication, security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modify password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoModule</name>
    <message>
        <source>Copyright© 2011-%1 Deepin Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright© 2019-%1 UnionTech Software Technology Co., LTD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MicrophonePage</name>
    <message>
        <source>Automatic Noise Suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input device for sound found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input Device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mouse</name>
    <message>
        <source>Mouse and Touchpad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common、Mouse、Touchpad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MouseDBusProxy</name>
    <message>
        <source>Maximize window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multitasking view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to previous workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to next workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide multitasking view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle multitasking view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MouseMain</name>
    <message>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MousePage</name>
    <message>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse Acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable touchpad when a mouse is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some apps require logout or system restart to take effect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDevice</name>
    <message>
        <source>My Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NativeInfoPage</name>
    <message>
        <source>UOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot start or end with dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System installation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1~63 characters please</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>DND mode, app notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationMain</name>
    <message>
        <source>Do Not Disturb Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App notifications will not be shown on desktop and the sounds will be silenced, but you can view all messages in the notification center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of notifications shown on the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display notification on desktop or show unread messages in the notification center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show message preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherDevice</name>
    <message>
        <source>Other Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Bluetooth devices without names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordLayout</name>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hint is visible to all users. Do not include the password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password should differ from the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be the same as the username.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordModifyDialog</name>
    <message>
        <source>Modify password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password length should be at least 8 characters, and the password should contain a combination of at least 3 of the following: uppercase letters, lowercase letters, numbers, and symbols. This type of password is more secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the password will clear the data stored in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Personalization</name>
    <message>
        <source>Personalization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalizationInterface</name>
    <message>
        <source>Picker service is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid color format: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalizationMain</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalize your wallpaper and screensaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screensaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colors and icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust accent color and theme icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font and font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change system font and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select light, dark or automatic theme appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface and effects, rounded corners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalizationWorker</name>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginArea</name>
    <message>
        <source>Plugin Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select which icons appear in the Dock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Power</name>
    <message>
        <source>Power saving settings, screen and suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerMain</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power plans, power saving settings, wakeup settings, shutdown settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugged In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen and suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen and suspend, low battery, battery management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerOperatorModel</name>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the shutdown Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerPage</name>
    <message>
        <source>Screen and Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the monitor after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock screen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer suspends after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the lid is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the power button is pressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerPlansListview</name>
    <message>
        <source>High Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggressively adjust CPU operating frequency based on CPU load condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Saver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritize performance, which will significantly increase power consumption and heat generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing performance and battery life, automatically adjusted according to usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritize battery life, which the system will sacrifice some performance to reduce power consumption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerWorker</name>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Privacy and Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera, folder permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyMain</name>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the application has access to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the application has access to files and folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPolicyPage</name>
    <message>
        <source>Privacy Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PwqualityManager</name>
    <message>
        <source>Password cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password must be no more than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password can only contain English letters (case-sensitive), numbers or special symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more than %1 palindrome characters please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more than %1 monotonic characters please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more than %1 repeating characters please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password must contain uppercase letters, lowercase letters, numbers and symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password must not contain more than 4 palindrome characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use common words and combinations as password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a strong password please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not meet password rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Control Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In trial period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dde-control-center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch Screen Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of touch screen changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system wallpaper is locked. Please contact your admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>Language and region name, e.g. Chinese (China)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionFormatDialog</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionsChooserWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Set a Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords don&apos;t match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduledShutdownDialog</name>
    <message>
        <source>Customize repetition time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenSaverPage</name>
    <message>
        <source>Screensaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalized screensaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password required for recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture slideshow screensaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System screensaver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchableListViewPopup</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSettingDialog</name>
    <message>
        <source>Add custom shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut name is already in use. Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot exceed 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change custom shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please enter a shortcut key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click Save to make this shortcut key effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click Add to make this shortcut key effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to start shortcut capture. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut input timed out. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid keyboard shortcut. Set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click Replace to make this shortcut key effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System shortcut, custom shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please enter a new shortcut key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to start shortcut capture. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut input timed out. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid keyboard shortcut. Set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output, input, sound effects, devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundDevicemanagesPage</name>
    <message>
        <source>Output Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select whether to enable the devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundEffectsPage</name>
    <message>
        <source>Sound Effects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundMain</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound Effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable/disable sound effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable/disable audio devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices Management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundModel</name>
    <message>
        <source>Boot up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume +/-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send icon in Launcher to Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removable device connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removable device removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerPage</name>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume Boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the volume is louder than 100%, it may distort audio and be harmful to output devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output device for sound found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left Right Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge left and right channels into a single channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the audio will be automatically paused when the current audio device is unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mono Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncInfoListModel</name>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screensaver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>Common settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>Auxiliary Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemInfoMain</name>
    <message>
        <source>About This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System version, device information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the notice of open source software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Experience Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the user experience program to help improve the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End User License Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the end  user license agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View information about privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Source Software Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeSelectView</name>
    <message>
        <source>More Wallpapers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeAndDate</name>
    <message>
        <source>Auto sync time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ntp server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ntp server address cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 24-hour format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timezone list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Save the display settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings will be reverted in %1s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimezoneDialog</name>
    <message>
        <source>Add time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determine the time zone based on the current location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchScreen</name>
    <message>
        <source>TouchScreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up here when connecting the touch screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchpad</name>
    <message>
        <source>Basic Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable touchpad during input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap to Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-finger gestures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-finger gestures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchscreen</name>
    <message>
        <source>Touchscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring Touchscreen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchscreenMain</name>
    <message>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UeProgramLicenseDialog</name>
    <message>
        <source>Agree and Join User Experience Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserExperienceProgramPage</name>
    <message>
        <source>Join User Experience Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Security Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is sensitive, please enter the login password first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot Password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wacom</name>
    <message>
        <source>wacom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring wacom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WacomMain</name>
    <message>
        <source>wacom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallpaperPage</name>
    <message>
        <source>wallpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Wallpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid color wallpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizable wallpapers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic wallpaper change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wake up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live Wallpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Wallpapers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallpaperSelectView</name>
    <message>
        <source>unfold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show all - %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowEffectPage</name>
    <message>
        <source>Interface and Effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window rounded corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable transparent effects when moving windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window Minimize Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic Lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled, more content is displayed in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title Bar Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only suitable for application window title bars drawn by the window manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extremely small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>describe size of window rounded corners</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>describe height of window title bar</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dcc::Locale::dialectNames</name>
    <message>
        <source>Traditional Chinese (Chinese Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional Chinese (Chinese Taiwan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min Nan Chinese</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dcc::Locale::regionNames</name>
    <message>
        <source>Taiwan China</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dccV25::AccountsController</name>
    <message>
        <source>Username must be between 3 and 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first character must be a letter or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your username should not only have numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username has been used by other user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name has been used by other user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customized</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dccV25::AccountsWorker</name>
    <message>
        <source>Your host was removed from the domain server successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your host joins the domain server successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your host failed to leave the domain server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your host failed to join the domain server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD domain settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dccV25::AvatarTypesModel</name>
    <message>
        <source>Dimensional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dccV25::FaceAuthController</name>
    <message>
        <source>Faceprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your face to unlock the device and make settings later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dccV25::FingerprintAuthController</name>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place your finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place your finger firmly on the sensor until you&apos;re asked to lift it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your finger and place it on the sensor again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your finger and do that again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the edges of your fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the edges of your fingerprint on the sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the position to scan the edges of your fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dccV25::IrisAuthController</name>
    <message>
        <source>Iris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your iris to unlock the device and make settings later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dccV25::KeyboardController</name>
    <message>
        <source>This shortcut conflicts with [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut conflict is no longer current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm the shortcut conflict again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dccV25::KeyboardWorker</name>
    <message>
        <source>The shortcut conflict is no longer current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dccV25::PwqualityManager</name>
    <message>
        <source>Password cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password must be no more than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password can only contain English letters (case-sensitive), numbers or special symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more than %1 palindrome characters please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more than %1 monotonic characters please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more than %1 repeating characters please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password must contain uppercase letters, lowercase letters, numbers and symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password must not contain more than 4 palindrome characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use common words and combinations as password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a strong password please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not meet password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least include %1 types among lowercase letters, uppercase letters, numbers, and symbols, and the password cannot be the same as the username.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dccV25::ShortcutModel</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AssistiveTools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
