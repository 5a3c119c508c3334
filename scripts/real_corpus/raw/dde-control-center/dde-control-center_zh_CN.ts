<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="zh_CN">
<context>
    <name>AccountSettings</name>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Add new user</source>
        <translation>添加新用户</translation>
    </message>
    <message>
        <source>Set fullname</source>
        <translation>设置全名</translation>
    </message>
    <message>
        <source>Login settings</source>
        <translation>登录设置</translation>
    </message>
    <message>
        <source>Login without password</source>
        <translation>免密登录</translation>
    </message>
    <message>
        <source>Delete current account</source>
        <translation>删除当前账户</translation>
    </message>
    <message>
        <source>Group setting</source>
        <translation>用户组设置</translation>
    </message>
    <message>
        <source>Account groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>用户组名称</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加用户组</translation>
    </message>
    <message>
        <source>Auto login</source>
        <translation>自动登录</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>账户信息</translation>
    </message>
    <message>
        <source>Account name, account fullname, account type</source>
        <translation>账户名，全名，账户类型</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>Account fullname</source>
        <translation>账户全名</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>The full name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <source>Group names should be no more than 32 characters</source>
        <translation>组名不允许超出32个字符</translation>
    </message>
    <message>
        <source>Group names cannot only have numbers</source>
        <translation>组名不能使用纯数字</translation>
    </message>
    <message>
        <source>Use letters,numbers,underscores and dashes only, and must start with a letter</source>
        <translation>仅使用字母、数字、下划线和破折号，并且必需以字母开头</translation>
    </message>
    <message>
        <source>The group name has been used</source>
        <translation>组名与其他组名重复</translation>
    </message>
    <message>
        <source>quick login, Auto login, login without password</source>
        <translation>快速登录，自动登录，免密登录</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Quick login</source>
        <translation>快速登录</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>账户管理</translation>
    </message>
</context>
<context>
    <name>AccountsMain</name>
    <message>
        <source>Other accounts</source>
        <translation>其他账户</translation>
    </message>
</context>
<context>
    <name>AddFaceinfoDialog</name>
    <message>
        <source>Enroll Face</source>
        <translation>添加人脸数据</translation>
    </message>
    <message>
        <source>I have read and agree to the</source>
        <translation>我已阅读并同意</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>《用户免责声明》</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Face enrolled</source>
        <translation>人脸录入完成</translation>
    </message>
    <message>
        <source>Failed to enroll your face</source>
        <translation>人脸录入失败</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry Enroll</source>
        <translation>重新录入</translation>
    </message>
    <message>
        <source>Face recognition does not support liveness detection, and the verification method may carry risks.
To ensure successful entry:
1. Keep your facial features clearly visible and do not cover them (hats, sunglasses, masks, etc.).
2. Ensure sufficient lighting and avoid direct sunlight.</source>
        <translation>人脸识别不支持活体检测，验证方式可能存在风险
为确保录入成功：
1. 保持五官清晰可见，勿遮挡（帽子/墨镜/口罩等）
2. 光线充足，避免阳光直射</translation>
    </message>
    <message>
        <source>&quot;Biometric authentication&quot; is a function for user identity authentication provided by UnionTech Software Technology Co., Ltd. Through &quot;biometric authentication&quot;, the biometric data collected will be compared with that stored in the device, and the user identity will be verified based on the comparison result.

Please be noted that UnionTech Software Technology Co., Ltd. will not collect or access your biometric information, which will be stored on your local device. Please only enable the biometric authentication in your personal device and use your own biometric information for related operations, and promptly disable or delete other people's biometric information on that device, otherwise you will bear the risk arising therefrom.

UnionTech Software Technology Co., Ltd. is committed to research and improve the security, accuracy and stability of biometric authentication. However, due to environmental, equipment, technical and other factors and risk control, there is no guarantee that you will pass the biometric authentication temporarily. Therefore, please do not take biometric authentication as the only way to log in to UOS. If you have any questions or suggestions when using the biometric authentication, you can give feedback through &quot;Service and Support&quot; in the UOS.</source>
        <translation>“生物认证”是统信软件技术有限公司提供的一种对用户进行身份认证的功能。通过“生物认证”，将采集的生物识别数据与存储在设备本地的生物识别数据进行比对，并根据比对结果来验证用户身份。
请您注意，统信软件不会收集或访问您的生物识别信息，此类信息将会存储在您的本地设备中。请您仅在您的个人设备中开启生物认证功能，并使用您本人的生物识别信息进行相关操作，并及时在该设备上禁用或清除他人的生物识别信息，否则由此给您带来的风险将由您承担。
统信软件致力于研究与提高生物认证功能的安全性、精确性、与稳定性，但是，受限于环境、设备、技术等因素和风险控制等原因，我们暂时无法保证您一定能通过生物认证，请您不要将生物认证作为登录统信操作系统的唯一途径。若您在使用生物认证时有任何问题或建议的，可以通过系统内的“服务与支持”进行反馈。
        </translation>
    </message>
</context>
<context>
    <name>AddFingerDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Enroll Finger</source>
        <translation>添加指纹数据</translation>
    </message>
    <message>
        <source>Place the finger to be entered into the fingerprint sensor and move it from bottom to top. After completing the action, please lift your finger.</source>
        <translation>将要录入的手指放入指纹录入器里面，并从下往上移动手指，完成动作后请抬起您的手指</translation>
    </message>
    <message>
        <source>I have read and agree to the</source>
        <translation>我已阅读并同意</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>《用户免责声明》</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Retry Enroll</source>
        <translation>重新录入</translation>
    </message>
    <message>
        <source>&quot;Biometric authentication&quot; is a function for user identity authentication provided by UnionTech Software Technology Co., Ltd. Through &quot;biometric authentication&quot;, the biometric data collected will be compared with that stored in the device, and the user identity will be verified based on the comparison result.

Please be noted that UnionTech Software Technology Co., Ltd. will not collect or access your biometric information, which will be stored on your local device. Please only enable the biometric authentication in your personal device and use your own biometric information for related operations, and promptly disable or delete other people's biometric information on that device, otherwise you will bear the risk arising therefrom.

UnionTech Software Technology Co., Ltd. is committed to research and improve the security, accuracy and stability of biometric authentication. However, due to environmental, equipment, technical and other factors and risk control, there is no guarantee that you will pass the biometric authentication temporarily. Therefore, please do not take biometric authentication as the only way to log in to UOS. If you have any questions or suggestions when using the biometric authentication, you can give feedback through &quot;Service and Support&quot; in the UOS.</source>
        <translation>“生物认证”是统信软件技术有限公司提供的一种对用户进行身份认证的功能。通过“生物认证”，将采集的生物识别数据与存储在设备本地的生物识别数据进行比对，并根据比对结果来验证用户身份。
请您注意，统信软件不会收集或访问您的生物识别信息，此类信息将会存储在您的本地设备中。请您仅在您的个人设备中开启生物认证功能，并使用您本人的生物识别信息进行相关操作，并及时在该设备上禁用或清除他人的生物识别信息，否则由此给您带来的风险将由您承担。
统信软件致力于研究与提高生物认证功能的安全性、精确性、与稳定性，但是，受限于环境、设备、技术等因素和风险控制等原因，我们暂时无法保证您一定能通过生物认证，请您不要将生物认证作为登录统信操作系统的唯一途径。若您在使用生物认证时有任何问题或建议的，可以通过系统内的“服务与支持”进行反馈。
        </translation>
    </message>
</context>
<context>
    <name>AddIrisDialog</name>
    <message>
        <source>Enroll Iris</source>
        <translation>添加虹膜数据</translation>
    </message>
    <message>
        <source>I have read and agree to the</source>
        <translation>我已阅读并同意</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>《用户免责声明》</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry Enroll</source>
        <translation>重新录入</translation>
    </message>
    <message>
        <source>Iris enrolled</source>
        <translation>虹膜录入完成</translation>
    </message>
    <message>
        <source>Failed to enroll your iris</source>
        <translation>虹膜录入失败</translation>
    </message>
    <message>
        <source>&quot;Biometric authentication&quot; is a function for user identity authentication provided by UnionTech Software Technology Co., Ltd. Through &quot;biometric authentication&quot;, the biometric data collected will be compared with that stored in the device, and the user identity will be verified based on the comparison result.

Please be noted that UnionTech Software Technology Co., Ltd. will not collect or access your biometric information, which will be stored on your local device. Please only enable the biometric authentication in your personal device and use your own biometric information for related operations, and promptly disable or delete other people's biometric information on that device, otherwise you will bear the risk arising therefrom.

UnionTech Software Technology Co., Ltd. is committed to research and improve the security, accuracy and stability of biometric authentication. However, due to environmental, equipment, technical and other factors and risk control, there is no guarantee that you will pass the biometric authentication temporarily. Therefore, please do not take biometric authentication as the only way to log in to UOS. If you have any questions or suggestions when using the biometric authentication, you can give feedback through &quot;Service and Support&quot; in the UOS.</source>
        <translation>“生物认证”是统信软件技术有限公司提供的一种对用户进行身份认证的功能。通过“生物认证”，将采集的生物识别数据与存储在设备本地的生物识别数据进行比对，并根据比对结果来验证用户身份。
请您注意，统信软件不会收集或访问您的生物识别信息，此类信息将会存储在您的本地设备中。请您仅在您的个人设备中开启生物认证功能，并使用您本人的生物识别信息进行相关操作，并及时在该设备上禁用或清除他人的生物识别信息，否则由此给您带来的风险将由您承担。
统信软件致力于研究与提高生物认证功能的安全性、精确性、与稳定性，但是，受限于环境、设备、技术等因素和风险控制等原因，我们暂时无法保证您一定能通过生物认证，请您不要将生物认证作为登录统信操作系统的唯一途径。若您在使用生物认证时有任何问题或建议的，可以通过系统内的“服务与支持”进行反馈。
        </translation>
    </message>
    <message>
        <source>Please keep an eye on the device and ensure that both eyes are within the collection area</source>
        <translation>请注视设备，确保双眼在采集区域内</translation>
    </message>
</context>
<context>
    <name>Authentication</name>
    <message>
        <source>Biometric Authentication</source>
        <translation>生物认证</translation>
    </message>
</context>
<context>
    <name>AuthenticationMain</name>
    <message>
        <source>Biometric Authentication</source>
        <translation>生物认证</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>Up to 5 facial data can be entered</source>
        <translation>最多可录入5个人脸数据</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Identifying user identity through scanning fingerprints</source>
        <translation>通过对指纹的扫描进行用户身份的识别</translation>
    </message>
    <message>
        <source>Iris</source>
        <translation>虹膜</translation>
    </message>
    <message>
        <source>Identity recognition through iris scanning</source>
        <translation>通过扫描虹膜进行身份识别</translation>
    </message>
    <message>
        <source>Use letters, numbers and underscores only, and no more than 15 characters</source>
        <translation>只能由字母、数字、中文、下划线组成，且不超过15个字符</translation>
    </message>
    <message>
        <source>Use letters, numbers and underscores only</source>
        <translation>只能由字母、数字、中文、下划线组成</translation>
    </message>
    <message>
        <source>No more than 15 characters</source>
        <translation>不得超过15个字符</translation>
    </message>
    <message>
        <source>This name already exists</source>
        <translation>该名称已存在</translation>
    </message>
    <message>
        <source>Add a new %1 ...</source>
        <translation>添加新的%1...</translation>
    </message>
    <message>
        <source>The name cannot be empty</source>
        <translation>名称不能为空</translation>
    </message>
</context>
<context>
    <name>AutoLoginWarningDialog</name>
    <message>
        <source>&quot;Auto Login&quot; can be enabled for only one account, please disable it for the account &quot;%1&quot; first</source>
        <translation>只允许一个账户开启自动登录，请先关闭%1账户的自动登录，再进行操作</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>确 定</translation>
    </message>
</context>
<context>
    <name>AvatarSettingsDialog</name>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Animal</source>
        <translation>动物</translation>
    </message>
    <message>
        <source>Scenery</source>
        <translation>静物</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>创意插图</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>表情符号</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义图片</translation>
    </message>
    <message>
        <source>Cartoon style</source>
        <translation>Q版风格</translation>
    </message>
    <message>
        <source>Dimensional style</source>
        <translation>立体风格</translation>
    </message>
    <message>
        <source>Flat style</source>
        <translation>平面风格</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>BatteryPage</name>
    <message>
        <source>Screen and Suspend</source>
        <translation>屏幕和待机</translation>
    </message>
    <message>
        <source>Turn off the monitor after</source>
        <translation>关闭显示器</translation>
    </message>
    <message>
        <source>Lock screen after</source>
        <translation>自动锁屏</translation>
    </message>
    <message>
        <source>Computer suspends after</source>
        <translation>进入待机</translation>
    </message>
    <message>
        <source>When the lid is closed</source>
        <translation>笔记本合盖时</translation>
    </message>
    <message>
        <source>When the power button is pressed</source>
        <translation>按电源按钮时</translation>
    </message>
    <message>
        <source>Low Battery</source>
        <translation>低电量管理</translation>
    </message>
    <message>
        <source>Low battery notification</source>
        <translation>低电量提醒</translation>
    </message>
    <message>
        <source>Auto suspend</source>
        <translation>自动待机</translation>
    </message>
    <message>
        <source>Auto Hibernate</source>
        <translation>自动休眠</translation>
    </message>
    <message>
        <source>Low battery threshold</source>
        <translation>低电量阈值</translation>
    </message>
    <message>
        <source>Battery Management</source>
        <translation>电池管理</translation>
    </message>
    <message>
        <source>Display remaining using and charging time</source>
        <translation>显示剩余使用时间及剩余充电时间</translation>
    </message>
    <message>
        <source>Maximum capacity</source>
        <translation>最大容量</translation>
    </message>
    <message>
        <source>Low battery level</source>
        <translation>低电量时</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>从不</translation>
    </message>
</context>
<context>
    <name>BlueTooth</name>
    <message>
        <source>Bluetooth settings, devices</source>
        <translation>蓝牙设置、设备管理</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>蓝牙</translation>
    </message>
</context>
<context>
    <name>BlueToothAdaptersModel</name>
    <message>
        <source>Bluetooth is turned off, and the name is displayed as &quot;%1&quot;</source>
        <translation>蓝牙已关闭，名称显示为&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Bluetooth is turned on, and the name is displayed as &quot;%1&quot;</source>
        <translation>蓝牙已打开，名称显示为 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>BlueToothDeviceListView</name>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation>移除设备</translation>
    </message>
    <message>
        <source>Select file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>BluetoothCtl</name>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Allow other Bluetooth devices to find this device</source>
        <translation>允许蓝牙设备可被发现</translation>
    </message>
    <message>
        <source>To use the Bluetooth function, please turn off</source>
        <translation>若要使用蓝牙功能，请先关闭</translation>
    </message>
    <message>
        <source>Airplane Mode</source>
        <translation>飞行模式</translation>
    </message>
    <message>
        <source>Bluetooth name cannot exceed 64 characters</source>
        <translation>蓝牙名称不能超过64个字符</translation>
    </message>
</context>
<context>
    <name>BluetoothDeviceModel</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>BootPage</name>
    <message>
        <source>Startup Settings</source>
        <translation>启动设置</translation>
    </message>
    <message>
        <source>You can click the menu to change the default startup items, or drag the image to the window to change the background image.</source>
        <translation>您可以点击菜单改变默认启动项，也可以拖拽图片到窗口改变背景图片.</translation>
    </message>
    <message>
        <source>grub start delay</source>
        <translation>启动延时</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>After turning on the theme, you can see the theme background when you turn on the computer</source>
        <translation>开启主题后您可以在开机时看到主题背景</translation>
    </message>
    <message>
        <source>Boot menu verification</source>
        <translation>启动菜单验证</translation>
    </message>
    <message>
        <source>After opening, entering the menu editing requires a password.</source>
        <translation>开启后进入启动菜单编辑需要密码.</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>Change boot menu verification password</source>
        <translation>修改启动菜单验证密码</translation>
    </message>
    <message>
        <source>Set the boot menu authentication password</source>
        <translation>设置启动菜单验证密码</translation>
    </message>
    <message>
        <source>User Name :</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>New Password :</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Password cannot be empty</source>
        <translation>密码不能为空</translation>
    </message>
    <message>
        <source>Passwords do not match</source>
        <translation>密码不一致</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Start animation</source>
        <translation>启动动画</translation>
    </message>
    <message>
        <source>Adjust the size of the logo animation on the system startup interface</source>
        <translation>调整系统启动界面的logo动画尺寸大小</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Allow below apps to access your camera:</source>
        <translation>允许下面的应用访问您的摄像头</translation>
    </message>
</context>
<context>
    <name>CharaMangerModel</name>
    <message>
        <source>Fingerprint1</source>
        <translation>指纹1</translation>
    </message>
    <message>
        <source>Fingerprint2</source>
        <translation>指纹2</translation>
    </message>
    <message>
        <source>Fingerprint3</source>
        <translation>指纹3</translation>
    </message>
    <message>
        <source>Fingerprint4</source>
        <translation>指纹4</translation>
    </message>
    <message>
        <source>Fingerprint5</source>
        <translation>指纹5</translation>
    </message>
    <message>
        <source>Fingerprint6</source>
        <translation>指纹6</translation>
    </message>
    <message>
        <source>Fingerprint7</source>
        <translation>指纹7</translation>
    </message>
    <message>
        <source>Fingerprint8</source>
        <translation>指纹8</translation>
    </message>
    <message>
        <source>Fingerprint9</source>
        <translation>指纹9</translation>
    </message>
    <message>
        <source>Fingerprint10</source>
        <translation>指纹10</translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation>指纹录入失败</translation>
    </message>
    <message>
        <source>The fingerprint already exists</source>
        <translation>指纹已存在</translation>
    </message>
    <message>
        <source>Please scan other fingers</source>
        <translation>请使用其他手指录入</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Scan suspended</source>
        <translation>指纹录入被中断</translation>
    </message>
    <message>
        <source>Cannot recognize</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>Moved too fast</source>
        <translation>接触时间短</translation>
    </message>
    <message>
        <source>Finger moved too fast, please do not lift until prompted</source>
        <translation>接触时间短，验证时请勿移动手指</translation>
    </message>
    <message>
        <source>Unclear fingerprint</source>
        <translation>图像模糊</translation>
    </message>
    <message>
        <source>Clean your finger or adjust the finger position, and try again</source>
        <translation>请清洁手指或调整触摸位置，再次按压指纹识别器</translation>
    </message>
    <message>
        <source>Already scanned</source>
        <translation>图像重复</translation>
    </message>
    <message>
        <source>Adjust the finger position to scan your fingerprint fully</source>
        <translation>请调整手指按压区域以录入更多指纹</translation>
    </message>
    <message>
        <source>Finger moved too fast. Please do not lift until prompted</source>
        <translation>指纹采集间隙，请勿移动手指，直到提示您抬起</translation>
    </message>
    <message>
        <source>Lift your finger and place it on the sensor again</source>
        <translation>请抬起手指，再次按压</translation>
    </message>
    <message>
        <source>Position your face inside the frame</source>
        <translation>请确保您的面部全部显示在识别区域内</translation>
    </message>
    <message>
        <source>Face enrolled</source>
        <translation>人脸录入完成</translation>
    </message>
    <message>
        <source>Position a human face please</source>
        <translation>请使用人类面容</translation>
    </message>
    <message>
        <source>Keep away from the camera</source>
        <translation>请远离镜头</translation>
    </message>
    <message>
        <source>Get closer to the camera</source>
        <translation>请靠近镜头</translation>
    </message>
    <message>
        <source>Do not position multiple faces inside the frame</source>
        <translation>请不要多人入镜</translation>
    </message>
    <message>
        <source>Make sure the camera lens is clean</source>
        <translation>请确保镜头清洁</translation>
    </message>
    <message>
        <source>Do not enroll in dark, bright or backlit environments</source>
        <translation>请避免在暗光、强光、逆光环境下操作</translation>
    </message>
    <message>
        <source>Keep your face uncovered</source>
        <translation>请保持面部无遮挡</translation>
    </message>
    <message>
        <source>Scan timed out</source>
        <translation>录入超时</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Camera occupied!</source>
        <translation>摄像头被占用！</translation>
    </message>
</context>
<context>
    <name>ColorAndIcons</name>
    <message>
        <source>Accent Color</source>
        <translation>活动用色</translation>
    </message>
    <message>
        <source>Icon Settings</source>
        <translation>图标设置</translation>
    </message>
    <message>
        <source>Icon Theme</source>
        <translation>图标主题</translation>
    </message>
    <message>
        <source>Customize your theme icon</source>
        <translation>自定义您的主题图标</translation>
    </message>
    <message>
        <source>Cursor Theme</source>
        <translation>光标主题</translation>
    </message>
    <message>
        <source>Customize your theme cursor</source>
        <translation>自定义您的主题光标</translation>
    </message>
</context>
<context>
    <name>ComfirmDeleteDialog</name>
    <message>
        <source>Are you sure you want to delete this account?</source>
        <translation>您确定要删除此账户吗？</translation>
    </message>
    <message>
        <source>Delete account directory</source>
        <translation>删除账户目录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ComfirmSafePage</name>
    <message>
        <source>Go to settings</source>
        <translation>去设置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Common</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Repeat delay</source>
        <translation>重复延迟</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>长</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>重复速度</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <source>Numeric Keypad</source>
        <translation>启用数字键盘</translation>
    </message>
    <message>
        <source>test here</source>
        <translation>请在此输入测试</translation>
    </message>
    <message>
        <source>Caps lock prompt</source>
        <translation>大写锁定提示</translation>
    </message>
    <message>
        <source>Double Click Speed</source>
        <translation>双击速度</translation>
    </message>
    <message>
        <source>Double Click Test</source>
        <translation>双击测试</translation>
    </message>
    <message>
        <source>Left Hand Mode</source>
        <translation>左手模式</translation>
    </message>
    <message>
        <source>Enable Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Scrolling Speed</source>
        <translation>滚动速度</translation>
    </message>
</context>
<context>
    <name>CommonInfoMain</name>
    <message>
        <source>Boot Menu</source>
        <translation>启动菜单</translation>
    </message>
    <message>
        <source>Manage your boot menu</source>
        <translation>管理您的开机启动菜单</translation>
    </message>
    <message>
        <source>Developer root permission management</source>
        <translation>开发者Root权限管理</translation>
    </message>
    <message>
        <source>Developer Options</source>
        <translation>开发者选项</translation>
    </message>
    <message>
        <source>Developer debugging options</source>
        <translation>开发者调试选项</translation>
    </message>
</context>
<context>
    <name>CommonInfoWork</name>
    <message>
        <source>Large size</source>
        <translation>大尺寸</translation>
    </message>
    <message>
        <source>Small size</source>
        <translation>小尺寸</translation>
    </message>
    <message>
        <source>Failed to get root access</source>
        <translation>进入开发者模式失败</translation>
    </message>
    <message>
        <source>Please sign in to your Union ID first</source>
        <translation>请先登录Union ID</translation>
    </message>
    <message>
        <source>Cannot read your PC information</source>
        <translation>无法获取硬件信息</translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation>无网络连接</translation>
    </message>
    <message>
        <source>Certificate loading failed, unable to get root access</source>
        <translation>证书加载失败，无法进入开发者模式</translation>
    </message>
    <message>
        <source>Signature verification failed, unable to get root access</source>
        <translation>签名验证失败，无法进入开发者模式</translation>
    </message>
    <message>
        <source>Agree and Join User Experience Program</source>
        <translation>同意并加入用户体验计划</translation>
    </message>
    <message>
        <source>The Disclaimer of Developer Mode</source>
        <translation>开发者模式免责声明</translation>
    </message>
    <message>
        <source>Agree and Request Root Access</source>
        <translation>同意并进入开发者模式</translation>
    </message>
    <message>
        <source>Start setting the new boot animation, please wait for a minute</source>
        <translation>开始设置启动新动画，请稍等一会儿</translation>
    </message>
    <message>
        <source>Setting new boot animation finished</source>
        <translation>新的启动动画设置完成</translation>
    </message>
    <message>
        <source>The settings will be applied after rebooting the system</source>
        <translation>新的设置会在重启系统后生效</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Restart device to finish applying Solid System Read-Only Protection settings</source>
        <translation>磐石只读保护设置需重启后才能生效</translation>
    </message>
</context>
<context>
    <name>ConfirmManager</name>
    <message>
        <source>Password must contain numbers and letters</source>
        <translation>密码必须包含数字和字母</translation>
    </message>
    <message>
        <source>Password must be between 8 and 64 characters</source>
        <translation>密码长度必须为8~64个字符</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create a new account</source>
        <translation>创建新用户</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>UserName</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>FullName</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>Username cannot exceed 32 characters</source>
        <translation>用户名不能超过 32 个字符</translation>
    </message>
    <message>
        <source>Username can only contain letters, numbers, - and _</source>
        <translation>用户名只能包含字母、数字、 - 和 _</translation>
    </message>
    <message>
        <source>Full name cannot exceed 32 characters</source>
        <translation>全名不能超过 32 个字符</translation>
    </message>
    <message>
        <source>Full name cannot contain colons</source>
        <translation>全名不能包含冒号</translation>
    </message>
</context>
<context>
    <name>CustomAvatarCropper</name>
    <message>
        <source>small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>big</source>
        <translation>大</translation>
    </message>
</context>
<context>
    <name>CustomAvatarEmpatyArea</name>
    <message>
        <source>You haven&apos;t uploaded an avatar yet. Click or drag and drop to upload an image.</source>
        <translation>您还没有上传过头像，可点击或拖拽上传图片</translation>
    </message>
    <message>
        <source>The uploaded file type is incorrect, please upload it again</source>
        <translation>上传的文件类型不正确，请重新上传</translation>
    </message>
</context>
<context>
    <name>DCC_NAMESPACE::SystemInfoModel</name>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
</context>
<context>
    <name>DCC_NAMESPACE::SystemInfoWork</name>
    <message>
        <source>https://www.deepin.org/en/agreement/privacy/</source>
        <translation>https://www.deepin.org/zh/agreement/privacy/</translation>
    </message>
    <message>
        <source>https://www.uniontech.com/agreement/privacy-en</source>
        <translation>https://www.uniontech.com/agreement/privacy-cn</translation>
    </message>
    <message>
        <source>https://www.uniontech.com/agreement/experience-en</source>
        <translation>https://www.uniontech.com/agreement/experience-cn</translation>
    </message>
    <message>
        <source>&lt;p&gt;We are deeply aware of the importance of your personal information to you. So we have the Privacy Policy that covers how we collect, use, share, transfer, publicly disclose, and store your information.&lt;/p&gt;&lt;p&gt;You can &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt; to view our latest privacy policy and/or view it online by visiting &lt;a href=&quot;%1&quot;&gt; %1&lt;/a&gt;. Please read carefully and fully understand our practices on customer privacy. If you have any questions, please contact us at: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;统信软件非常重视您的隐私。因此我们制定了涵盖如何收集、使用、共享、转让、公开披露以及存储您的信息的隐私政策。&lt;/p&gt;&lt;p&gt;您可以&lt;a href=&quot;%1&quot;&gt;点击此处&lt;/a&gt; 查看我们最新的隐私政策和/或通过访问&lt;a href=&quot;%1&quot;&gt; %1&lt;/a&gt;在线查看。请您务必认真阅读、充分理解我们针对客户隐私的做法，如果有任何疑问，请联系我们：%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&quot;color:%2;&quot;&gt;Joining User Experience Program means that you grant and authorize us to collect and use the information of your device, system and applications. If you refuse our collection and use of the aforementioned information, do not join User Experience Program. For details, please refer to Deepin Privacy Policy (&lt;/span&gt;&lt;a href=&quot;%1&quot; style=&quot;text-decoration: none;&quot;&gt;%1&lt;/a&gt;&lt;span style=&quot;color:%2;&quot;&gt;).&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&quot;color:%2;&quot;&gt;开启用户体验计划视为您授权我们收集和使用您的设备及系统信息，以及应用软件信息，您可以关闭用户体验计划以拒绝我们对前述信息的收集和使用。详细说明请参照Deepin隐私政策 (&lt;/span&gt;&lt;a href=&quot;%1&quot; style=&quot;text-decoration: none;&quot;&gt;%1&lt;/a&gt;&lt;span style=&quot;color:%2;&quot;&gt;).&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&quot;color:%2;&quot;&gt;Joining User Experience Program means that you grant and authorize us to collect and use the information of your device, system and applications. If you refuse our collection and use of the aforementioned information, please do not join it. For the details of User Experience Program, please visit &lt;/span&gt;&lt;a href=&quot;%1&quot; style=&quot;text-decoration: none;&quot;&gt;%1&lt;/a&gt;&lt;span style=&quot;color:%2;&quot;&gt;.&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&quot;color:%2;&quot;&gt;开启用户体验计划视为您授权我们收集和使用您的设备及系统信息，以及应用软件信息，您可以关闭用户体验计划以拒绝我们对前述信息的收集和使用。了解用户体验计划，请访问： &lt;/span&gt;&lt;a href=&quot;%1&quot; style=&quot;text-decoration: none;&quot;&gt;%1&lt;/a&gt;&lt;span style=&quot;color:%2;&quot;&gt;.&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DateTimeSettingDialog</name>
    <message>
        <source>Date and time setting</source>
        <translation>日期和时间设置</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>Datetime</name>
    <message>
        <source>Time and date</source>
        <translation>时间和日期</translation>
    </message>
    <message>
        <source>Time and date, time zone settings</source>
        <translation>时间日期、时区设置</translation>
    </message>
</context>
<context>
    <name>DatetimeMain</name>
    <message>
        <source>Language and region</source>
        <translation>语言和区域</translation>
    </message>
    <message>
        <source>System language, regional formats</source>
        <translation>系统语言、区域格式</translation>
    </message>
</context>
<context>
    <name>DatetimeModel</name>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>%1 hours earlier than local</source>
        <translation>早 %1 小时</translation>
    </message>
    <message>
        <source>%1 hours later than local</source>
        <translation>晚 %1 小时</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>星期/周</translation>
    </message>
    <message>
        <source>First day of week</source>
        <translation>一周首日</translation>
    </message>
    <message>
        <source>Short date</source>
        <translation>短日期</translation>
    </message>
    <message>
        <source>Long date</source>
        <translation>长日期</translation>
    </message>
    <message>
        <source>Short time</source>
        <translation>短时间</translation>
    </message>
    <message>
        <source>Long time</source>
        <translation>长时间</translation>
    </message>
    <message>
        <source>Currency symbol</source>
        <translation>货币符号</translation>
    </message>
    <message>
        <source>Positive currency</source>
        <translation>货币正数</translation>
    </message>
    <message>
        <source>Negative currency</source>
        <translation>货币负数</translation>
    </message>
    <message>
        <source>Decimal symbol</source>
        <translation>小数点</translation>
    </message>
    <message>
        <source>Digit grouping symbol</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Digit grouping</source>
        <translation>数字分组</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
</context>
<context>
    <name>DatetimeWorker</name>
    <message>
        <source>Authentication is required to change NTP server</source>
        <translation>修改时间服务器需要认证</translation>
    </message>
    <message>
        <source>Authentication is required to set the system timezone</source>
        <translation>设置系统时区需要认证</translation>
    </message>
</context>
<context>
    <name>DccColorDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>DccWindow</name>
    <message>
        <source>Control Center provides the options for system settings.</source>
        <translation>控制中心提供操作系统的所有设置选项。</translation>
    </message>
</context>
<context>
    <name>DeepinIDAccountSecurity</name>
    <message>
        <source>Bind WeChat</source>
        <translation>绑定微信</translation>
    </message>
    <message>
        <source>By binding WeChat, you can securely and quickly log in to your %1 ID and local accounts.</source>
        <translation>通过绑定微信，您可以安全快速地登录您的%1 ID和本地账户</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <source>Unbinding</source>
        <translation>解 绑</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>去绑定</translation>
    </message>
    <message>
        <source>Are you sure you want to unbind WeChat?</source>
        <translation>您确定要解绑微信吗？</translation>
    </message>
    <message>
        <source>After unbinding WeChat, you will not be able to use WeChat to scan the QR code to log in to %1 ID or local account.</source>
        <translation>解绑微信后，您将无法使用微信扫码登录%1 ID、微信扫码登录本地账户</translation>
    </message>
    <message>
        <source>Let me think it over</source>
        <translation>我再想想</translation>
    </message>
    <message>
        <source>Local Account Binding</source>
        <translation>绑定本地账户</translation>
    </message>
    <message>
        <source>After binding your local account, you can use the following functions:</source>
        <translation>绑定本地账户后，您可以使用如下功能：</translation>
    </message>
    <message>
        <source>WeChat Scan Code Login System</source>
        <translation>微信扫码登录系统</translation>
    </message>
    <message>
        <source>Use WeChat, which is bound to your %1 ID, to scan code to log in to your local account.</source>
        <translation>使用%1 ID绑定的微信，扫码登录本地账户</translation>
    </message>
    <message>
        <source>Reset password via %1 ID</source>
        <translation>通过%1 ID重置密码</translation>
    </message>
    <message>
        <source>Reset your local password via %1 ID in case you forget it.</source>
        <translation>在您忘记本地账户密码时，通过%1 ID重置密码</translation>
    </message>
    <message>
        <source>To use the above features, please go to Control Center - Accounts and turn on the corresponding options.</source>
        <translation>如需使用上述功能，请前往控制中心-账户，开启相应选项</translation>
    </message>
</context>
<context>
    <name>DeepinIDInterface</name>
    <message>
        <source>deepin</source>
        <translation>deepin</translation>
    </message>
    <message>
        <source>UOS</source>
        <translation>UOS</translation>
    </message>
</context>
<context>
    <name>DeepinIDLogin</name>
    <message>
        <source>Cloud Sync</source>
        <translation>云同步</translation>
    </message>
    <message>
        <source>Manage your %1 ID and sync your personal data across devices.
Sign in to %1 ID to get personalized features and services of Browser, App Store, and more.</source>
        <translation>管理您的%1 ID，将您的个人数据在不同设备之间同步。
登录%1 ID以获取浏览器、应用商店、服务与支持等众多应用的个性功能和服务。</translation>
    </message>
    <message>
        <source>Sign In to %1 ID</source>
        <translation>登录%1 ID</translation>
    </message>
</context>
<context>
    <name>DeepinIDSyncService</name>
    <message>
        <source>Auto Sync</source>
        <translation>自动同步</translation>
    </message>
    <message>
        <source>Securely store system settings and personal data in the cloud, and keep them in sync across devices</source>
        <translation>将您的系统设置和个人信息安全地存储在云端，并在您不同的设备上保持同步</translation>
    </message>
    <message>
        <source>System Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>Last sync time: %1</source>
        <translation>最近同步时间：%1</translation>
    </message>
    <message>
        <source>Clear cloud data</source>
        <translation>清除云端数据</translation>
    </message>
    <message>
        <source>Are you sure you want to clear your system settings and personal data saved in the cloud?</source>
        <translation>确定要清除您保存在云端的系统设置和个人数据吗？</translation>
    </message>
    <message>
        <source>Once the data is cleared, it cannot be recovered!</source>
        <translation>数据清除后将无法恢复！</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取 消</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清 除</translation>
    </message>
</context>
<context>
    <name>DeepinIDUserInfo</name>
    <message>
        <source>Synchronization Service</source>
        <translation>同步服务</translation>
    </message>
    <message>
        <source>Account and Security</source>
        <translation>账户与安全</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Go to web settings</source>
        <translation>前往网页设置</translation>
    </message>
    <message>
        <source>The nickname must be 1~32 characters long</source>
        <translation>昵称长度必须为1~32个字符</translation>
    </message>
</context>
<context>
    <name>DeepinWorker</name>
    <message>
        <source>encrypt password failed</source>
        <translation>加密密码失败</translation>
    </message>
    <message>
        <source>Wrong password, %1 chances left</source>
        <translation>密码错误，您还可以尝试%1次</translation>
    </message>
    <message>
        <source>The login error has reached the limit today. You can reset the password and try again.</source>
        <translation>密码错误已达今日上限，可重置密码再试</translation>
    </message>
    <message>
        <source>Operation Successful</source>
        <translation>操作成功</translation>
    </message>
    <message>
        <source>The nickname can be modified only once a day</source>
        <translation>昵称每天仅可修改一次</translation>
    </message>
</context>
<context>
    <name>Deepinid</name>
    <message>
        <source>deepin ID</source>
        <translation>deepin ID</translation>
    </message>
    <message>
        <source>UOS ID</source>
        <translation>UOS ID</translation>
    </message>
    <message>
        <source>Cloud services</source>
        <translation>云服务</translation>
    </message>
</context>
<context>
    <name>DeepinidModel</name>
    <message>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>The feature is not available at present, please activate your system first</source>
        <translation>当前系统未激活，暂无法使用该功能</translation>
    </message>
    <message>
        <source>Subject to your local laws and regulations, it is currently unavailable in your region.</source>
        <translation>受限于您当地的法律法规，同步服务暂未覆盖您所在地区，敬请期待。</translation>
    </message>
</context>
<context>
    <name>Defaultapp</name>
    <message>
        <source>Default App</source>
        <translation>默认程序</translation>
    </message>
    <message>
        <source>Set the default application for opening various types of files</source>
        <translation>设置打开各类文件的默认程序</translation>
    </message>
</context>
<context>
    <name>DefaultappMain</name>
    <message>
        <source>Webpage</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
</context>
<context>
    <name>DetailItem</name>
    <message>
        <source>Please choose the default program to open &apos;%1&apos;</source>
        <translation>选择打开“%1”的默认程序</translation>
    </message>
    <message>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Open Desktop file</source>
        <translation>打开Desktop文件</translation>
    </message>
    <message>
        <source>Apps (*.desktop)</source>
        <translation>应用程序(*.desktop)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件(*)</translation>
    </message>
</context>
<context>
    <name>DevelopModePage</name>
    <message>
        <source>Root Access</source>
        <translation>开发者模式</translation>
    </message>
    <message>
        <source>Request Root Access</source>
        <translation>进入开发者模式</translation>
    </message>
    <message>
        <source>After entering the developer mode, you can obtain root permissions, but it may also damage the system integrity, so please use it with caution.</source>
        <translation>可获得root使用权限，但同时也可能导致系统完整性遭到破坏，请谨慎使用。</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>已进入</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线激活</translation>
    </message>
    <message>
        <source>Login UOS ID</source>
        <translation>登录UOS ID</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线激活</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <source>Select file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Your UOS ID has been logged in, click to enter developer mode</source>
        <translation>您的UOS ID已登录，点击进入开发者模式</translation>
    </message>
    <message>
        <source>Please sign in to your UOS ID first and continue</source>
        <translation>进入开发者模式需要登录UOS ID</translation>
    </message>
    <message>
        <source>1.Export PC Info</source>
        <translation>1.导出机器信息</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>3.Import Certificate</source>
        <translation>3.导入证书</translation>
    </message>
    <message>
        <source>Development and debugging options</source>
        <translation>开发调试选项</translation>
    </message>
    <message>
        <source>System logging level</source>
        <translation>系统日志记录级别</translation>
    </message>
    <message>
        <source>Changing the options results in more detailed logging that may degrade system performance and/or take up more storage space.</source>
        <translation>更改此选项可以获得更详细的日志记录，这些日志可能会降低系统性能和/或占用更多存储空间.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Changing the option may take up to a minute to process, after receiving a successful setting prompt, please reboot the device to take effect.</source>
        <translation>更改选项处理可能需要一分钟，收到设置成功提示后，请重启设备方可生效。</translation>
    </message>
    <message>
        <source>To install and run unsigned apps, please go to &lt;a style=&apos;text-decoration: none;&apos; href=&apos;Security Center&apos;&gt; Security Center &lt;/a&gt; to change the settings.</source>
        <translation>如需安装非应用商店来源的应用，前往&lt;a style=&apos;text-decoration: none;&apos; href=&apos;Security Center&apos;&gt; 安全中心 &lt;/a&gt;进行设置。</translation>
    </message>
    <message>
        <source>To install and run unsigned apps, please go to Security Center to change the settings.</source>
        <translation>如需安装非应用商店来源的应用，前往安全中心进行设置。</translation>
    </message>
    <message>
        <source>You have entered developer mode</source>
        <translation>您已进入开发者模式</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>2.please go to %1 to Download offline certificate.</source>
        <translation>2.前往%1下载离线证书.</translation>
    </message>
    <message>
        <source>The feature is not available at present, please activate your system first.</source>
        <translation>当前系统未激活，暂无法使用该功能。</translation>
    </message>
    <message>
        <source>Solid System Read-Only Protection</source>
        <translation>磐石只读保护</translation>
    </message>
    <message>
        <source>Disabling protection unlocks system directories，This action carries a high risk of system damage.</source>
        <translation>关闭保护会解锁系统目录，可能导致系统损坏的高风险。</translation>
    </message>
    <message>
        <source>Enable protection to lock system directories and ensure optimal stability.</source>
        <translation>开启保护以锁定系统目录，确保最佳稳定性。</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>Bluetooth and Devices</source>
        <translation>蓝牙和其他设备</translation>
    </message>
</context>
<context>
    <name>DisclaimerControl</name>
    <message>
        <source>Disclaimer</source>
        <translation>《用户免责声明》</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Brightness,resolution,scaling</source>
        <translation>亮度、分辨率、缩放</translation>
    </message>
</context>
<context>
    <name>DisplayMain</name>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>125%</source>
        <translation>125%</translation>
    </message>
    <message>
        <source>150%</source>
        <translation>150%</translation>
    </message>
    <message>
        <source>175%</source>
        <translation>175%</translation>
    </message>
    <message>
        <source>200%</source>
        <translation>200%</translation>
    </message>
    <message>
        <source>225%</source>
        <translation>225%</translation>
    </message>
    <message>
        <source>250%</source>
        <translation>250%</translation>
    </message>
    <message>
        <source>275%</source>
        <translation>275%</translation>
    </message>
    <message>
        <source>300%</source>
        <translation>300%</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Only on %1</source>
        <translation>仅%1屏</translation>
    </message>
    <message>
        <source>Multiple Displays Settings</source>
        <translation>多屏设置</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Screen rearrangement will take effect in %1s after changes</source>
        <translation>屏幕拼接将在修改完成%1s后生效</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Main Screen</source>
        <translation>主屏幕</translation>
    </message>
    <message>
        <source>Display And Layout</source>
        <translation>显示和布局</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Resize Desktop</source>
        <translation>桌面显示</translation>
    </message>
    <message>
        <source>Refresh Rate</source>
        <translation>刷新率</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>90°</source>
        <translation>90度</translation>
    </message>
    <message>
        <source>180°</source>
        <translation>180度</translation>
    </message>
    <message>
        <source>270°</source>
        <translation>270度</translation>
    </message>
    <message>
        <source>The monitor only supports 100% display scaling</source>
        <translation>当前屏幕仅支持1倍缩放</translation>
    </message>
    <message>
        <source>Eye Comfort</source>
        <translation>护眼模式</translation>
    </message>
    <message>
        <source>Enable eye comfort</source>
        <translation>开启护眼模式</translation>
    </message>
    <message>
        <source>Adjust screen display to warmer colors, reducing screen blue light</source>
        <translation>调整屏幕显示较暖的颜色，减少屏幕蓝光</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Sunset to Sunrise</source>
        <translation>日落到日出</translation>
    </message>
    <message>
        <source>Custom Time</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Color Temperature</source>
        <translation>色温</translation>
    </message>
    <message>
        <source>%1x%2 (Recommended)</source>
        <translation>%1x%2 （推荐）</translation>
    </message>
    <message>
        <source>%1x%2</source>
        <translation>%1x%2</translation>
    </message>
    <message>
        <source>%1Hz (Recommended)</source>
        <translation>%1赫兹 （推荐）</translation>
    </message>
    <message>
        <source>%1Hz</source>
        <translation>%1赫兹</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Auto Brightness</source>
        <translation>自动调节亮度</translation>
    </message>
    <message>
        <source>Concat Screen</source>
        <translation>跨屏拼接</translation>
    </message>
    <message>
        <source>Drag the display layout first to form a rectangle. If a rectangular layout is not possible, set all displays to the same resolution first.</source>
        <translation>请先拖动屏幕示意图，将多屏拼接为矩形；若当前无法拼接为矩形，请先统一分辨率。</translation>
    </message>
</context>
<context>
    <name>Dock</name>
    <message>
        <source>Desktop and taskbar</source>
        <translation>桌面和任务栏</translation>
    </message>
    <message>
        <source>Desktop organization, taskbar mode, plugin area settings</source>
        <translation>桌面整理、任务栏模式、插件区域设置</translation>
    </message>
</context>
<context>
    <name>DockMain</name>
    <message>
        <source>Dock</source>
        <translation>任务栏</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Classic Mode</source>
        <translation>经典模式</translation>
    </message>
    <message>
        <source>Centered Mode</source>
        <translation>居中模式</translation>
    </message>
    <message>
        <source>Dock size</source>
        <translation>任务栏大小</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Position on the screen</source>
        <translation>屏幕中的位置</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Keep shown</source>
        <translation>一直显示</translation>
    </message>
    <message>
        <source>Keep hidden</source>
        <translation>一直隐藏</translation>
    </message>
    <message>
        <source>Smart hide</source>
        <translation>智能隐藏</translation>
    </message>
    <message>
        <source>Multiple Displays</source>
        <translation>多屏显示</translation>
    </message>
    <message>
        <source>Set the position of the taskbar on the screen</source>
        <translation>设置任务栏在屏幕中的位置</translation>
    </message>
    <message>
        <source>Only on main</source>
        <translation>仅主屏显示</translation>
    </message>
    <message>
        <source>On screen where the cursor is</source>
        <translation>跟随鼠标位置显示</translation>
    </message>
    <message>
        <source>Plugin Area</source>
        <translation>插件区域</translation>
    </message>
    <message>
        <source>Select which icons appear in the Dock</source>
        <translation>选择显示在任务栏插件区域的图标</translation>
    </message>
    <message>
        <source>Lock the Dock</source>
        <translation>禁用自由调节</translation>
    </message>
    <message>
        <source>Combine application icons</source>
        <translation>合并应用图标</translation>
    </message>
</context>
<context>
    <name>FileAndFolder</name>
    <message>
        <source>Allow below apps to access these files and folders:</source>
        <translation>允许下面的应用访问您的文件和文件夹</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>FontSizePage</name>
    <message>
        <source>Size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Standard Font</source>
        <translation>标准字体</translation>
    </message>
    <message>
        <source>Monospaced Font</source>
        <translation>等宽字体</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Power Plans</source>
        <translation>性能模式</translation>
    </message>
    <message>
        <source>Power Saving Settings</source>
        <translation>节能设置</translation>
    </message>
    <message>
        <source>Auto power saving on low battery</source>
        <translation>低电量时自动开启节能模式</translation>
    </message>
    <message>
        <source>Low battery threshold</source>
        <translation>低电量阈值</translation>
    </message>
    <message>
        <source>Auto power saving on battery</source>
        <translation>使用电池时自动开启节能模式</translation>
    </message>
    <message>
        <source>Wakeup Settings</source>
        <translation>唤醒设置</translation>
    </message>
    <message>
        <source>Password is required to wake up the computer</source>
        <translation>待机恢复时需要密码</translation>
    </message>
    <message>
        <source>Password is required to wake up the monitor</source>
        <translation>唤醒显示器时需要密码</translation>
    </message>
    <message>
        <source>Shutdown Settings</source>
        <translation>关机设置</translation>
    </message>
    <message>
        <source>Scheduled Shutdown</source>
        <translation>定时关机</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Custom Time</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Decrease screen brightness on power saver</source>
        <translation>节能模式时降低屏幕亮度</translation>
    </message>
</context>
<context>
    <name>GestureModel</name>
    <message>
        <source>Three-finger up</source>
        <translation>三指向上</translation>
    </message>
    <message>
        <source>Three-finger down</source>
        <translation>三指向下</translation>
    </message>
    <message>
        <source>Three-finger left</source>
        <translation>三指向左</translation>
    </message>
    <message>
        <source>Three-finger right</source>
        <translation>三指向右</translation>
    </message>
    <message>
        <source>Three-finger tap</source>
        <translation>三指短按</translation>
    </message>
    <message>
        <source>Four-finger up</source>
        <translation>四指向上</translation>
    </message>
    <message>
        <source>Four-finger down</source>
        <translation>四指向下</translation>
    </message>
    <message>
        <source>Four-finger left</source>
        <translation>四指向左</translation>
    </message>
    <message>
        <source>Four-finger right</source>
        <translation>四指向右</translation>
    </message>
    <message>
        <source>Four-finger tap</source>
        <translation>四指短按</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>,</source>
        <translation>、</translation>
    </message>
    <message>
        <source>...</source>
        <translation>等</translation>
    </message>
</context>
<context>
    <name>InterfaceEffectListview</name>
    <message>
        <source>Optimal Performance</source>
        <translation>最佳性能</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Best Visuals</source>
        <translation>最佳视觉</translation>
    </message>
    <message>
        <source>Disable all interface and window effects for efficient system performance.</source>
        <translation>关闭所有界面和窗口特效，保障系统高效运行</translation>
    </message>
    <message>
        <source>Limit some window effects for excellent visuals while maintaining smooth system performance.</source>
        <translation>限制部分窗口特效，保障出色的视觉效果，同时维持系统流畅运行</translation>
    </message>
    <message>
        <source>Enable all interface and window effects for the best visual experience.</source>
        <translation>启用所有界面和窗口特效，体验最佳视觉效果</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>General Settings, input method, shortcuts</source>
        <translation>通用设置、输入法、快捷键</translation>
    </message>
</context>
<context>
    <name>KeyboardMain</name>
    <message>
        <source>Common</source>
        <translation>通用</translation>
    </message>
</context>
<context>
    <name>KeyboardWorker</name>
    <message>
        <source>The shortcut service is unavailable. Please try again.</source>
        <translation>快捷键服务不可用，请重试。</translation>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation>保存快捷键失败，请重试。</translation>
    </message>
</context>
<context>
    <name>LangAndFormat</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Operating system and applications may provide you with local content based on your country and region</source>
        <translation>操作系统和应用可能会根据你所在的国家和地区向你提供本地内容</translation>
    </message>
    <message>
        <source>Operating system and applications may set date and time formats based on regional formats</source>
        <translation>操作系统和某些应用会根据区域格式设置日期和时间格式</translation>
    </message>
    <message>
        <source>Regional format</source>
        <translation>区域格式</translation>
    </message>
</context>
<context>
    <name>LangsChooserDialog</name>
    <message>
        <source>Add language</source>
        <translation>添加语言</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>LoginMethod</name>
    <message>
        <source>Login method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Password, wechat, biometric authentication, security key</source>
        <translation>密码，微信扫码，生物认证，安全密钥</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Modify password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Validity days</source>
        <translation>有效天数</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
</context>
<context>
    <name>LogoModule</name>
    <message>
        <source>Copyright© 2011-%1 Deepin Community</source>
        <translation>Copyright © 2011-%1 深度社区</translation>
    </message>
    <message>
        <source>Copyright© 2019-%1 UnionTech Software Technology Co., LTD</source>
        <translation>Copyright © 2019-%1 统信软件技术有限公司</translation>
    </message>
</context>
<context>
    <name>MicrophonePage</name>
    <message>
        <source>Automatic Noise Suppression</source>
        <translation>噪音抑制</translation>
    </message>
    <message>
        <source>Input Volume</source>
        <translation>输入音量</translation>
    </message>
    <message>
        <source>Input Level</source>
        <translation>反馈音量</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>No input device for sound found</source>
        <translation>没有找到声音输入设备</translation>
    </message>
    <message>
        <source>Input Device</source>
        <translation>输入设备</translation>
    </message>
</context>
<context>
    <name>Mouse</name>
    <message>
        <source>Mouse and Touchpad</source>
        <translation>鼠标与触控板</translation>
    </message>
    <message>
        <source>Common、Mouse、Touchpad</source>
        <translation>通用、鼠标、触控板</translation>
    </message>
</context>
<context>
    <name>MouseDBusProxy</name>
    <message>
        <source>Maximize window</source>
        <translation>最大化窗口</translation>
    </message>
    <message>
        <source>Restore window</source>
        <translation>还原窗口</translation>
    </message>
    <message>
        <source>Show desktop</source>
        <translation>显示桌面</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Multitasking view</source>
        <translation>显示多任务视图</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Switch to previous workspace</source>
        <translation>切换到上一工作区</translation>
    </message>
    <message>
        <source>Switch to next workspace</source>
        <translation>切换到下一工作区</translation>
    </message>
    <message>
        <source>Hide multitasking view</source>
        <translation>隐藏多任务视图</translation>
    </message>
    <message>
        <source>Toggle multitasking view</source>
        <translation>切换多任务视图</translation>
    </message>
</context>
<context>
    <name>MouseMain</name>
    <message>
        <source>Common</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>Touchpad</source>
        <translation>触控板</translation>
    </message>
</context>
<context>
    <name>MousePage</name>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>Pointer Speed</source>
        <translation>指针速度</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <source>Pointer Size</source>
        <translation>指针大小</translation>
    </message>
    <message>
        <source>Mouse Acceleration</source>
        <translation>鼠标加速</translation>
    </message>
    <message>
        <source>Disable touchpad when a mouse is connected</source>
        <translation>插入鼠标时禁用触控板</translation>
    </message>
    <message>
        <source>Natural Scrolling</source>
        <translation>自然滚动</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Some apps require logout or system restart to take effect</source>
        <translation>部分应用需注销或重启系统后生效</translation>
    </message>
</context>
<context>
    <name>MyDevice</name>
    <message>
        <source>My Devices</source>
        <translation>我的设备</translation>
    </message>
</context>
<context>
    <name>NativeInfoPage</name>
    <message>
        <source>UOS</source>
        <translation>UOS</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>计算机名</translation>
    </message>
    <message>
        <source>It cannot start or end with dashes</source>
        <translation>计算机名不能以 - 开头结尾</translation>
    </message>
    <message>
        <source>OS Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>bit</source>
        <translation>位</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>版本授权</translation>
    </message>
    <message>
        <source>System installation time</source>
        <translation>系统安装日期</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核版本</translation>
    </message>
    <message>
        <source>Graphics Platform</source>
        <translation>图形平台</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>1~63 characters please</source>
        <translation>计算机名长度必须介于1到63个字符之间</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>DND mode, app notifications</source>
        <translation>勿扰模式、应用通知</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>NotificationMain</name>
    <message>
        <source>Do Not Disturb Settings</source>
        <translation>勿扰设置</translation>
    </message>
    <message>
        <source>App notifications will not be shown on desktop and the sounds will be silenced, but you can view all messages in the notification center.</source>
        <translation>所有应用消息横幅将会被隐藏，通知声音将会静音，您可在通知中心查看所有消息。</translation>
    </message>
    <message>
        <source>Enable Do Not Disturb</source>
        <translation>启用勿扰模式</translation>
    </message>
    <message>
        <source>When the screen is locked</source>
        <translation>在屏幕锁屏时</translation>
    </message>
    <message>
        <source>Number of notifications shown on the desktop</source>
        <translation>通知横幅展示数量</translation>
    </message>
    <message>
        <source>App Notifications</source>
        <translation>应用通知</translation>
    </message>
    <message>
        <source>Allow Notifications</source>
        <translation>允许通知</translation>
    </message>
    <message>
        <source>Display notification on desktop or show unread messages in the notification center</source>
        <translation>可以显示通知横幅，或在通知中心显示未读消息</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Lock Screen</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>Notification Center</source>
        <translation>通知中心</translation>
    </message>
    <message>
        <source>Show message preview</source>
        <translation>显示消息预览</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>通知时提示声音</translation>
    </message>
</context>
<context>
    <name>OtherDevice</name>
    <message>
        <source>Other Devices</source>
        <translation>其他设备</translation>
    </message>
    <message>
        <source>Show Bluetooth devices without names</source>
        <translation>显示没有名称的蓝牙设备</translation>
    </message>
</context>
<context>
    <name>PasswordLayout</name>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>强度低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>强度中</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强度高</translation>
    </message>
    <message>
        <source>Repeat Password</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <source>Password hint</source>
        <translation>密码提示</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Password cannot be empty</source>
        <translation>密码不能为空</translation>
    </message>
    <message>
        <source>Passwords do not match</source>
        <translation>密码不一致</translation>
    </message>
    <message>
        <source>The hint is visible to all users. Do not include the password here.</source>
        <translation>密码提示对所有人可见，切勿包含具体密码信息</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password should differ from the current one</source>
        <translation>新密码和旧密码不能相同</translation>
    </message>
    <message>
        <source>The password cannot be the same as the username.</source>
        <translation>密码不能与用户名一致。</translation>
    </message>
</context>
<context>
    <name>PasswordModifyDialog</name>
    <message>
        <source>Modify password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>Password length should be at least 8 characters, and the password should contain a combination of at least 3 of the following: uppercase letters, lowercase letters, numbers, and symbols. This type of password is more secure.</source>
        <translation>建议密码长度8位以上，同时包含大写字母、小写字母、数字、符号中的3种密码更安全。</translation>
    </message>
    <message>
        <source>Resetting the password will clear the data stored in the keyring.</source>
        <translation>重设密码将会清除密钥环内已存储的数据</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Personalization</name>
    <message>
        <source>Personalization</source>
        <translation>个性化</translation>
    </message>
</context>
<context>
    <name>PersonalizationInterface</name>
    <message>
        <source>Picker service is not available</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid color format: %1</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PersonalizationMain</name>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Window effect</source>
        <translation>窗口效果</translation>
    </message>
    <message>
        <source>Personalize your wallpaper and screensaver</source>
        <translation>个性化您的壁纸和屏保</translation>
    </message>
    <message>
        <source>Screensaver</source>
        <translation>屏幕保护</translation>
    </message>
    <message>
        <source>Colors and icons</source>
        <translation>颜色和图标</translation>
    </message>
    <message>
        <source>Adjust accent color and theme icons</source>
        <translation>调整活动色和主题图标</translation>
    </message>
    <message>
        <source>Font and font size</source>
        <translation>字体和字号</translation>
    </message>
    <message>
        <source>Change system font and size</source>
        <translation>修改系统字体与字号</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>壁纸</translation>
    </message>
    <message>
        <source>Select light, dark or automatic theme appearance</source>
        <translation>选择浅色、深色或自动切换主题外观</translation>
    </message>
    <message>
        <source>Interface and effects, rounded corners</source>
        <translation>界面和效果、窗口圆角</translation>
    </message>
</context>
<context>
    <name>PersonalizationWorker</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>PluginArea</name>
    <message>
        <source>Plugin Area</source>
        <translation>插件区域</translation>
    </message>
    <message>
        <source>Select which icons appear in the Dock</source>
        <translation>选择显示在任务栏插件区域的图标</translation>
    </message>
</context>
<context>
    <name>Power</name>
    <message>
        <source>Power saving settings, screen and suspend</source>
        <translation>节能设置、屏幕和待机管理</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电源管理</translation>
    </message>
</context>
<context>
    <name>PowerMain</name>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Power plans, power saving settings, wakeup settings, shutdown settings</source>
        <translation>性能模式、节能设置、唤醒设置、关机设置</translation>
    </message>
    <message>
        <source>Plugged In</source>
        <translation>使用电源</translation>
    </message>
    <message>
        <source>Screen and suspend</source>
        <translation>屏幕和待机管理</translation>
    </message>
    <message>
        <source>On Battery</source>
        <translation>使用电池</translation>
    </message>
    <message>
        <source>screen and suspend, low battery, battery management</source>
        <translation>屏幕和待机管理、低电量管理、电池管理</translation>
    </message>
</context>
<context>
    <name>PowerOperatorModel</name>
    <message>
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>待机</translation>
    </message>
    <message>
        <source>Hibernate</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Turn off the monitor</source>
        <translation>关闭显示器</translation>
    </message>
    <message>
        <source>Show the shutdown Interface</source>
        <translation>进入关机界面</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>无任何操作</translation>
    </message>
</context>
<context>
    <name>PowerPage</name>
    <message>
        <source>Screen and Suspend</source>
        <translation>屏幕和待机</translation>
    </message>
    <message>
        <source>Turn off the monitor after</source>
        <translation>关闭显示器</translation>
    </message>
    <message>
        <source>Lock screen after</source>
        <translation>自动锁屏</translation>
    </message>
    <message>
        <source>Computer suspends after</source>
        <translation>进入待机</translation>
    </message>
    <message>
        <source>When the lid is closed</source>
        <translation>笔记本合盖时</translation>
    </message>
    <message>
        <source>When the power button is pressed</source>
        <translation>按电源按钮时</translation>
    </message>
</context>
<context>
    <name>PowerPlansListview</name>
    <message>
        <source>High Performance</source>
        <translation>高性能模式</translation>
    </message>
    <message>
        <source>Balance Performance</source>
        <translation>性能模式</translation>
    </message>
    <message>
        <source>Aggressively adjust CPU operating frequency based on CPU load condition</source>
        <translation>根据负载情况积极调整运行频率</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>平衡模式</translation>
    </message>
    <message>
        <source>Power Saver</source>
        <translation>节能模式</translation>
    </message>
    <message>
        <source>Prioritize performance, which will significantly increase power consumption and heat generation</source>
        <translation>性能优先，会显著提升功耗和发热</translation>
    </message>
    <message>
        <source>Balancing performance and battery life, automatically adjusted according to usage</source>
        <translation>兼顾性能和续航，根据使用情况自动调节</translation>
    </message>
    <message>
        <source>Prioritize battery life, which the system will sacrifice some performance to reduce power consumption</source>
        <translation>续航优先，系统会牺牲一些性能表现来降低功耗</translation>
    </message>
</context>
<context>
    <name>PowerWorker</name>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Privacy and Security</source>
        <translation>隐私和安全</translation>
    </message>
    <message>
        <source>Camera, folder permissions</source>
        <translation>摄像头、文件夹权限</translation>
    </message>
</context>
<context>
    <name>PrivacyMain</name>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Choose whether the application has access to the camera</source>
        <translation>选择应用是否有摄像头的访问权限</translation>
    </message>
    <message>
        <source>Files and Folders</source>
        <translation>文件和文件夹</translation>
    </message>
    <message>
        <source>Choose whether the application has access to files and folders</source>
        <translation>选择应用是否有文件和文件夹的访问权限</translation>
    </message>
</context>
<context>
    <name>PrivacyPolicyPage</name>
    <message>
        <source>Privacy Policy</source>
        <translation>隐私政策</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>复制链接地址</translation>
    </message>
</context>
<context>
    <name>PwqualityManager</name>
    <message>
        <source>Password cannot be empty</source>
        <translation>密码不能为空</translation>
    </message>
    <message>
        <source>Password must have at least %1 characters</source>
        <translation>密码长度不能少于%1个字符</translation>
    </message>
    <message>
        <source>Password must be no more than %1 characters</source>
        <translation>密码长度不能超过%1个字符</translation>
    </message>
    <message>
        <source>Password can only contain English letters (case-sensitive), numbers or special symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation>密码只能由英文（区分大小写）、数字或特殊符号（~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/）组成</translation>
    </message>
    <message>
        <source>No more than %1 palindrome characters please</source>
        <translation>回文字符长度不超过%1位</translation>
    </message>
    <message>
        <source>No more than %1 monotonic characters please</source>
        <translation>单调性字符不超过%1位</translation>
    </message>
    <message>
        <source>No more than %1 repeating characters please</source>
        <translation>重复字符不超过%1位</translation>
    </message>
    <message>
        <source>Password must contain uppercase letters, lowercase letters, numbers and symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation>密码必须由大写字母、小写字母、数字、符号（~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/）三种类型组成</translation>
    </message>
    <message>
        <source>Password must not contain more than 4 palindrome characters</source>
        <translation>密码不得含有连续4个以上的回文字符</translation>
    </message>
    <message>
        <source>Do not use common words and combinations as password</source>
        <translation>密码不能是常见单词及组合</translation>
    </message>
    <message>
        <source>Create a strong password please</source>
        <translation>密码过于简单，请增加密码复杂度</translation>
    </message>
    <message>
        <source>It does not meet password rules</source>
        <translation>密码不符合安全要求</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Control Center</source>
        <translation>控制中心</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>To be activated</source>
        <translation>待激活</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>In trial period</source>
        <translation>试用期</translation>
    </message>
    <message>
        <source>Trial expired</source>
        <translation>试用期过期</translation>
    </message>
    <message>
        <source>dde-control-center</source>
        <translation>控制中心</translation>
    </message>
    <message>
        <source>Touch Screen Settings</source>
        <translation>触控屏设置</translation>
    </message>
    <message>
        <source>The settings of touch screen changed</source>
        <translation>已变更触控屏设置</translation>
    </message>
    <message>
        <source>This system wallpaper is locked. Please contact your admin.</source>
        <translation>当前系统壁纸已被锁定，请联系管理员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>Language and region name, e.g. Chinese (China)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RegionFormatDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Default formats</source>
        <translation>默认格式</translation>
    </message>
    <message>
        <source>First day of week</source>
        <translation>一周第一天</translation>
    </message>
    <message>
        <source>Short date</source>
        <translation>短日期</translation>
    </message>
    <message>
        <source>Long date</source>
        <translation>长日期</translation>
    </message>
    <message>
        <source>Short time</source>
        <translation>短时间</translation>
    </message>
    <message>
        <source>Long time</source>
        <translation>长时间</translation>
    </message>
    <message>
        <source>Currency symbol</source>
        <translation>货币符号</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Regional format</source>
        <translation>区域格式</translation>
    </message>
</context>
<context>
    <name>RegionsChooserWindow</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Set a Password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>8-64 characters</source>
        <translation>请输入8-64位密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>请再次输入密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match</source>
        <translation>两次密码输入不一致</translation>
    </message>
</context>
<context>
    <name>ScheduledShutdownDialog</name>
    <message>
        <source>Customize repetition time</source>
        <translation>自定义重复时间</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ScreenSaverPage</name>
    <message>
        <source>Screensaver</source>
        <translation>屏幕保护</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>全屏预览</translation>
    </message>
    <message>
        <source>Personalized screensaver</source>
        <translation>个性化屏保</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>idle time</source>
        <translation>闲置时间</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1分钟</translation>
    </message>
    <message>
        <source>5 minute</source>
        <translation>5分钟</translation>
    </message>
    <message>
        <source>10 minute</source>
        <translation>10分钟</translation>
    </message>
    <message>
        <source>15 minute</source>
        <translation>15分钟</translation>
    </message>
    <message>
        <source>30 minute</source>
        <translation>30分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1小时</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Password required for recovery</source>
        <translation>恢复时需要密码</translation>
    </message>
    <message>
        <source>Picture slideshow screensaver</source>
        <translation>图片轮播屏保</translation>
    </message>
    <message>
        <source>System screensaver</source>
        <translation>系统屏保</translation>
    </message>
</context>
<context>
    <name>SearchableListViewPopup</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>No search results</source>
        <translation>无搜索结果</translation>
    </message>
</context>
<context>
    <name>ShortcutSettingDialog</name>
    <message>
        <source>Add custom shortcut</source>
        <translation>添加自定义快捷键</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>The shortcut name is already in use. Choose a different name.</source>
        <translation>快捷键名称已被占用，请修改名称。</translation>
    </message>
    <message>
        <source>The name cannot exceed 128 characters.</source>
        <translation>名称长度不能超过128个字符</translation>
    </message>
    <message>
        <source>Change custom shortcut</source>
        <translation>修改自定义快捷键</translation>
    </message>
    <message>
        <source>please enter a shortcut key</source>
        <translation>请输入快捷键</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>click Save to make this shortcut key effective</source>
        <translation>点击保存使这个快捷键生效</translation>
    </message>
    <message>
        <source>click Add to make this shortcut key effective</source>
        <translation>点击添加使这个快捷键生效</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Failed to start shortcut capture. Please try again.</source>
        <translation>启动快捷键录入失败，请重试。</translation>
    </message>
    <message>
        <source>Shortcut input timed out. Try again.</source>
        <translation>快捷键录入已超时，请重试</translation>
    </message>
    <message>
        <source>Invalid keyboard shortcut. Set a new one.</source>
        <translation>快捷键组合无效，请重新设置</translation>
    </message>
    <message>
        <source>click Replace to make this shortcut key effective</source>
        <translation>点击替换使这个快捷键生效</translation>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation>保存快捷键失败，请重试。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>System shortcut, custom shortcut</source>
        <translation>系统快捷键、自定义快捷键</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>搜索快捷键</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Add custom shortcut</source>
        <translation>添加快捷键</translation>
    </message>
    <message>
        <source>please enter a new shortcut key</source>
        <translation>请输入新的快捷键</translation>
    </message>
    <message>
        <source>Failed to start shortcut capture. Please try again.</source>
        <translation>启动快捷键录入失败，请重试。</translation>
    </message>
    <message>
        <source>Shortcut input timed out. Try again.</source>
        <translation>快捷键录入已超时，请重试</translation>
    </message>
    <message>
        <source>Invalid keyboard shortcut. Set a new one.</source>
        <translation>快捷键组合无效，请重新设置</translation>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation>保存快捷键失败，请重试。</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Output, input, sound effects, devices</source>
        <translation>输入、输出、系统音效、设备管理</translation>
    </message>
</context>
<context>
    <name>SoundDevicemanagesPage</name>
    <message>
        <source>Output Devices</source>
        <translation>输出设备</translation>
    </message>
    <message>
        <source>Select whether to enable the devices</source>
        <translation>选择是否启用设备</translation>
    </message>
    <message>
        <source>Input Devices</source>
        <translation>输入设备</translation>
    </message>
</context>
<context>
    <name>SoundEffectsPage</name>
    <message>
        <source>Sound Effects</source>
        <translation>系统音效</translation>
    </message>
</context>
<context>
    <name>SoundMain</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Sound Effects</source>
        <translation>系统音效</translation>
    </message>
    <message>
        <source>Enable/disable sound effects</source>
        <translation>开启/关闭系统音效</translation>
    </message>
    <message>
        <source>Enable/disable audio devices</source>
        <translation>启用/禁用音频设备</translation>
    </message>
    <message>
        <source>Devices Management</source>
        <translation>设备管理</translation>
    </message>
</context>
<context>
    <name>SoundModel</name>
    <message>
        <source>Boot up</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Wake up</source>
        <translation>唤醒</translation>
    </message>
    <message>
        <source>Volume +/-</source>
        <translation>音量调节</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Low battery</source>
        <translation>电量不足</translation>
    </message>
    <message>
        <source>Send icon in Launcher to Desktop</source>
        <translation>从启动器发送图标到桌面</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Plug in</source>
        <translation>电源接入</translation>
    </message>
    <message>
        <source>Plug out</source>
        <translation>电源拔出</translation>
    </message>
    <message>
        <source>Removable device connected</source>
        <translation>移动设备接入</translation>
    </message>
    <message>
        <source>Removable device removed</source>
        <translation>移动设备拔出</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误提示</translation>
    </message>
</context>
<context>
    <name>SpeakerPage</name>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Output Volume</source>
        <translation>输出音量</translation>
    </message>
    <message>
        <source>Volume Boost</source>
        <translation>音量增强</translation>
    </message>
    <message>
        <source>If the volume is louder than 100%, it may distort audio and be harmful to output devices</source>
        <translation>音量大于100%时可能会导致音效失真，同时损害您的音频输出设备</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>No output device for sound found</source>
        <translation>没有找到声音输出设备</translation>
    </message>
    <message>
        <source>Left Right Balance</source>
        <translation>左右平衡</translation>
    </message>
    <message>
        <source>Merge left and right channels into a single channel</source>
        <translation>将左声道和右声道合并成一个声道</translation>
    </message>
    <message>
        <source>Whether the audio will be automatically paused when the current audio device is unplugged</source>
        <translation>外设插拔时音频输出是否自动暂停</translation>
    </message>
    <message>
        <source>Mono Audio</source>
        <translation>单声道音频</translation>
    </message>
    <message>
        <source>Auto Pause</source>
        <translation>插拔管理</translation>
    </message>
    <message>
        <source>Output Device</source>
        <translation>输出设备</translation>
    </message>
</context>
<context>
    <name>SyncInfoListModel</name>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电源</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Screensaver</source>
        <translation>屏幕保护</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>Common settings</source>
        <translation>常用设置</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>Auxiliary Information</source>
        <translation>辅助信息</translation>
    </message>
</context>
<context>
    <name>SystemInfoMain</name>
    <message>
        <source>About This PC</source>
        <translation>关于本机</translation>
    </message>
    <message>
        <source>System version, device information</source>
        <translation>系统版本、设备信息</translation>
    </message>
    <message>
        <source>View the notice of open source software</source>
        <translation>查看开源软件声明</translation>
    </message>
    <message>
        <source>User Experience Program</source>
        <translation>用户体验计划</translation>
    </message>
    <message>
        <source>Join the user experience program to help improve the product</source>
        <translation>加入用户体验计划，帮助改进产品</translation>
    </message>
    <message>
        <source>End User License Agreement</source>
        <translation>用户许可协议</translation>
    </message>
    <message>
        <source>View the end  user license agreement</source>
        <translation>查看最终用户许可协议</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>隐私政策</translation>
    </message>
    <message>
        <source>View information about privacy policy</source>
        <translation>查看隐私政策相关信息</translation>
    </message>
    <message>
        <source>Open Source Software Notice</source>
        <translation>开源软件声明</translation>
    </message>
</context>
<context>
    <name>ThemeSelectView</name>
    <message>
        <source>More Wallpapers</source>
        <translation>下载更多</translation>
    </message>
</context>
<context>
    <name>TimeAndDate</name>
    <message>
        <source>Auto sync time</source>
        <translation>自动同步配置</translation>
    </message>
    <message>
        <source>Ntp server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>System date and time</source>
        <translation>系统日期和时间</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>The ntp server address cannot be empty</source>
        <translation>时间服务器地址不能为空</translation>
    </message>
    <message>
        <source>Use 24-hour format</source>
        <translation>24小时制</translation>
    </message>
    <message>
        <source>system time zone</source>
        <translation>系统时区</translation>
    </message>
    <message>
        <source>Timezone list</source>
        <translation>时区列表</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Save the display settings?</source>
        <translation>是否要保存显示设置？</translation>
    </message>
    <message>
        <source>Settings will be reverted in %1s.</source>
        <translation>如无任何操作将在%1秒后还原。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>TimezoneDialog</name>
    <message>
        <source>Add time zone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Determine the time zone based on the current location</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Nearest City:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>TouchScreen</name>
    <message>
        <source>TouchScreen</source>
        <translation>触控屏</translation>
    </message>
    <message>
        <source>Set up here when connecting the touch screen</source>
        <translation>连接触摸屏时在此处设置</translation>
    </message>
</context>
<context>
    <name>Touchpad</name>
    <message>
        <source>Basic Settings</source>
        <translation>基础设置</translation>
    </message>
    <message>
        <source>Touchpad</source>
        <translation>触控板</translation>
    </message>
    <message>
        <source>Pointer Speed</source>
        <translation>指针速度</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <source>Disable touchpad during input</source>
        <translation>输入时禁用触控板</translation>
    </message>
    <message>
        <source>Tap to Click</source>
        <translation>轻触以点击</translation>
    </message>
    <message>
        <source>Natural Scrolling</source>
        <translation>自然滚动</translation>
    </message>
    <message>
        <source>Three-finger gestures</source>
        <translation>三指手势</translation>
    </message>
    <message>
        <source>Four-finger gestures</source>
        <translation>四指手势</translation>
    </message>
    <message>
        <source>Gestures</source>
        <translation>手势</translation>
    </message>
</context>
<context>
    <name>Touchscreen</name>
    <message>
        <source>Touchscreen</source>
        <translation>触控屏</translation>
    </message>
    <message>
        <source>Configuring Touchscreen</source>
        <translation>触控屏设置</translation>
    </message>
</context>
<context>
    <name>TouchscreenMain</name>
    <message>
        <source>Common</source>
        <translation>通用</translation>
    </message>
</context>
<context>
    <name>UeProgramLicenseDialog</name>
    <message>
        <source>Agree and Join User Experience Program</source>
        <translation>同意并加入用户体验计划</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取 消</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确 认</translation>
    </message>
</context>
<context>
    <name>UserExperienceProgramPage</name>
    <message>
        <source>Join User Experience Program</source>
        <translation>加入用户体验计划</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>复制链接地址</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Security Verification</source>
        <translation>安全验证</translation>
    </message>
    <message>
        <source>The action is sensitive, please enter the login password first</source>
        <translation>您正在进行敏感操作，请进行登录密码认证</translation>
    </message>
    <message>
        <source>8-64 characters</source>
        <translation>请输入8-64位密码</translation>
    </message>
    <message>
        <source>Forgot Password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>Wacom</name>
    <message>
        <source>wacom</source>
        <translation>数位板</translation>
    </message>
    <message>
        <source>Configuring wacom</source>
        <translation>数位板选项设置</translation>
    </message>
</context>
<context>
    <name>WacomMain</name>
    <message>
        <source>wacom</source>
        <translation>数位板</translation>
    </message>
    <message>
        <source>Pen Mode</source>
        <translation>笔模式</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>鼠标模式</translation>
    </message>
    <message>
        <source>Pressure Sensitivity</source>
        <translation>压杆力度</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>轻</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>重</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模式</translation>
    </message>
</context>
<context>
    <name>WallpaperPage</name>
    <message>
        <source>wallpaper</source>
        <translation>壁纸</translation>
    </message>
    <message>
        <source>My pictures</source>
        <translation>我的图片</translation>
    </message>
    <message>
        <source>System Wallpaper</source>
        <translation>系统壁纸</translation>
    </message>
    <message>
        <source>Solid color wallpaper</source>
        <translation>纯色壁纸</translation>
    </message>
    <message>
        <source>Customizable wallpapers</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>fill style</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <source>Automatic wallpaper change</source>
        <translation>自动切换壁纸</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>30 second</source>
        <translation>30秒</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1分钟</translation>
    </message>
    <message>
        <source>5 minute</source>
        <translation>5分钟</translation>
    </message>
    <message>
        <source>10 minute</source>
        <translation>10分钟</translation>
    </message>
    <message>
        <source>15 minute</source>
        <translation>15分钟</translation>
    </message>
    <message>
        <source>30 minute</source>
        <translation>30分钟</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录时</translation>
    </message>
    <message>
        <source>wake up</source>
        <translation>唤醒时</translation>
    </message>
    <message>
        <source>Live Wallpaper</source>
        <translation>动态壁纸</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1小时</translation>
    </message>
    <message>
        <source>System Wallpapers</source>
        <translation>系统壁纸</translation>
    </message>
</context>
<context>
    <name>WallpaperSelectView</name>
    <message>
        <source>unfold</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Set lock screen</source>
        <translation>设置锁屏</translation>
    </message>
    <message>
        <source>Set desktop</source>
        <translation>设置桌面</translation>
    </message>
    <message>
        <source>show all - %1 items</source>
        <translation>显示全部－%1张</translation>
    </message>
    <message>
        <source>Add Picture</source>
        <translation>添加图片</translation>
    </message>
</context>
<context>
    <name>WindowEffectPage</name>
    <message>
        <source>Interface and Effects</source>
        <translation>界面效果</translation>
    </message>
    <message>
        <source>Window Settings</source>
        <translation>窗口设置</translation>
    </message>
    <message>
        <source>Window rounded corners</source>
        <translation>窗口圆角</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Enable transparent effects when moving windows</source>
        <translation>窗口移动时启用透明特效</translation>
    </message>
    <message>
        <source>Window Minimize Effect</source>
        <translation>最小化时效果</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Magic Lamp</source>
        <translation>魔灯</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度调节</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Scroll Bars</source>
        <translation>滚动条</translation>
    </message>
    <message>
        <source>Show on scrolling</source>
        <translation>滚动时显示</translation>
    </message>
    <message>
        <source>Keep shown</source>
        <translation>一直显示</translation>
    </message>
    <message>
        <source>Compact Display</source>
        <translation>紧凑模式</translation>
    </message>
    <message>
        <source>If enabled, more content is displayed in the window.</source>
        <translation>开启后，窗口将显示更多内容</translation>
    </message>
    <message>
        <source>Title Bar Height</source>
        <translation>标题栏高度</translation>
    </message>
    <message>
        <source>Only suitable for application window title bars drawn by the window manager.</source>
        <translation>仅适用于窗口管理器绘制的应用标题栏</translation>
    </message>
    <message>
        <source>Extremely small</source>
        <translation>极小</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>describe size of window rounded corners</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>describe height of window title bar</comment>
        <translation>中</translation>
    </message>
</context>
<context>
    <name>dcc::Locale::dialectNames</name>
    <message>
        <source>Traditional Chinese (Chinese Hong Kong)</source>
        <translation>繁体中文（中国香港）</translation>
    </message>
    <message>
        <source>Traditional Chinese (Chinese Taiwan)</source>
        <translation>繁体中文（中国台湾）</translation>
    </message>
    <message>
        <source>Min Nan Chinese</source>
        <translation>闽南语</translation>
    </message>
</context>
<context>
    <name>dcc::Locale::regionNames</name>
    <message>
        <source>Taiwan China</source>
        <translation>中国台湾</translation>
    </message>
</context>
<context>
    <name>dccV25::AccountsController</name>
    <message>
        <source>Username must be between 3 and 32 characters</source>
        <translation>用户名长度必须介于 3 到 32 个字符之间</translation>
    </message>
    <message>
        <source>The first character must be a letter or number</source>
        <translation>必须字母或者数字开头</translation>
    </message>
    <message>
        <source>Your username should not only have numbers</source>
        <translation>用户名不能仅仅是数字</translation>
    </message>
    <message>
        <source>The username has been used by other user accounts</source>
        <translation>用户名和其他用户名重复</translation>
    </message>
    <message>
        <source>The full name is too long</source>
        <translation>全名太长了</translation>
    </message>
    <message>
        <source>The full name has been used by other user accounts</source>
        <translation>全名和其他用户名重复</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Standard User</source>
        <translation>标准用户</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Customized</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>dccV25::AccountsWorker</name>
    <message>
        <source>Your host was removed from the domain server successfully</source>
        <translation>您的主机成功退出了域服务器</translation>
    </message>
    <message>
        <source>Your host joins the domain server successfully</source>
        <translation>您的主机成功加入了域服务器</translation>
    </message>
    <message>
        <source>Your host failed to leave the domain server</source>
        <translation>您的主机退出域服务器失败</translation>
    </message>
    <message>
        <source>Your host failed to join the domain server</source>
        <translation>您的主机加入域服务器失败</translation>
    </message>
    <message>
        <source>AD domain settings</source>
        <translation>AD域设置</translation>
    </message>
    <message>
        <source>Password not match</source>
        <translation>密码不一致</translation>
    </message>
</context>
<context>
    <name>dccV25::AvatarTypesModel</name>
    <message>
        <source>Dimensional</source>
        <translation>立体风格</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>平面风格</translation>
    </message>
</context>
<context>
    <name>dccV25::FaceAuthController</name>
    <message>
        <source>Faceprint</source>
        <translation>面纹</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>Use your face to unlock the device and make settings later</source>
        <translation>使用人脸数据解锁您的设备，之后还可进行更多设置</translation>
    </message>
</context>
<context>
    <name>dccV25::FingerprintAuthController</name>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Place your finger</source>
        <translation>放置手指</translation>
    </message>
    <message>
        <source>Place your finger firmly on the sensor until you&apos;re asked to lift it</source>
        <translation>请以手指压指纹收集器，然后根据提示抬起</translation>
    </message>
    <message>
        <source>Lift your finger</source>
        <translation>抬起手指</translation>
    </message>
    <message>
        <source>Lift your finger and place it on the sensor again</source>
        <translation>请抬起手指，再次按压</translation>
    </message>
    <message>
        <source>Lift your finger and do that again</source>
        <translation>请抬起手指，再次按压</translation>
    </message>
    <message>
        <source>Scan Suspended</source>
        <translation>录入中断</translation>
    </message>
    <message>
        <source>Scan the edges of your fingerprint</source>
        <translation>录入边缘指纹</translation>
    </message>
    <message>
        <source>Place the edges of your fingerprint on the sensor</source>
        <translation>请以手指边缘压指纹收集器，然后根据提示抬起</translation>
    </message>
    <message>
        <source>Adjust the position to scan the edges of your fingerprint</source>
        <translation>请调整按压区域，继续录入边缘指纹</translation>
    </message>
    <message>
        <source>Fingerprint added</source>
        <translation>成功添加指纹</translation>
    </message>
</context>
<context>
    <name>dccV25::IrisAuthController</name>
    <message>
        <source>Iris</source>
        <translation>虹膜</translation>
    </message>
    <message>
        <source>Use your iris to unlock the device and make settings later</source>
        <translation>使用虹膜数据解锁您的设备，之后还可进行更多设置</translation>
    </message>
</context>
<context>
    <name>dccV25::KeyboardController</name>
    <message>
        <source>This shortcut conflicts with [%1]</source>
        <translation>此快捷键与[%1]冲突</translation>
    </message>
    <message>
        <source>The shortcut no longer exists.</source>
        <translation>快捷键已不存在。</translation>
    </message>
    <message>
        <source>The shortcut conflict is no longer current.</source>
        <translation>快捷键冲突状态已失效。</translation>
    </message>
    <message>
        <source>Please confirm the shortcut conflict again.</source>
        <translation>请重新确认快捷键冲突。</translation>
    </message>
</context>
<context>
    <name>dccV25::KeyboardWorker</name>
    <message>
        <source>The shortcut conflict is no longer current.</source>
        <translation>快捷键冲突状态已失效。</translation>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation>保存快捷键失败，请重试。</translation>
    </message>
</context>
<context>
    <name>dccV25::PwqualityManager</name>
    <message>
        <source>Password cannot be empty</source>
        <translation>密码不能为空</translation>
    </message>
    <message>
        <source>Password must have at least %1 characters</source>
        <translation>密码长度不能少于%1个字符</translation>
    </message>
    <message>
        <source>Password must be no more than %1 characters</source>
        <translation>密码长度不能超过%1个字符</translation>
    </message>
    <message>
        <source>Password can only contain English letters (case-sensitive), numbers or special symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation>密码只能由英文（区分大小写）、数字或特殊符号（~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/）组成</translation>
    </message>
    <message>
        <source>No more than %1 palindrome characters please</source>
        <translation>回文字符长度不超过%1位</translation>
    </message>
    <message>
        <source>No more than %1 monotonic characters please</source>
        <translation>单调性字符不超过%1位</translation>
    </message>
    <message>
        <source>No more than %1 repeating characters please</source>
        <translation>重复字符不超过%1位</translation>
    </message>
    <message>
        <source>Password must contain uppercase letters, lowercase letters, numbers and symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation>密码必须由大写字母、小写字母、数字、符号（~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/）三种类型组成</translation>
    </message>
    <message>
        <source>Password must not contain more than 4 palindrome characters</source>
        <translation>密码不得含有连续4个以上的回文字符</translation>
    </message>
    <message>
        <source>Do not use common words and combinations as password</source>
        <translation>密码不能是常见单词及组合</translation>
    </message>
    <message>
        <source>Create a strong password please</source>
        <translation>密码过于简单，请增加密码复杂度</translation>
    </message>
    <message>
        <source>It does not meet password rules</source>
        <translation>密码不符合安全要求</translation>
    </message>
    <message>
        <source>At least include %1 types among lowercase letters, uppercase letters, numbers, and symbols, and the password cannot be the same as the username.</source>
        <translation>至少同时包含小写字母、大写字母、数字和符号中的%1种，且密码不能与用户名一致。</translation>
    </message>
</context>
<context>
    <name>dccV25::ShortcutModel</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>AssistiveTools</source>
        <translation>辅助功能</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
</context>
</TS>