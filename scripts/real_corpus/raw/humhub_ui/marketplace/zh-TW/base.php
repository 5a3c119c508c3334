<?php

return [
    '
Module successfully disabled!
' => '模組停用成功!',
    '
Module successfully enabled!
' => '模組啟用成功!',
    '--- Disable module: {moduleId} ---

' => '--- 停用模組: {moduleId} ---',
    '--- Enable module: {moduleId} ---

' => '--- 啟用模組: {moduleId} ---',
    'Add License Key' => '添加授權碼',
    'All' => '所有結果',
    'Configure' => '設定',
    'Enable' => '啟用',
    'Enabled' => '已啟用',
    'General Settings' => '一般設定',
    'Installed' => '已安裝',
    'Module not found!
' => '找不到模組!',
    'New' => '新建',
    'Not Installed' => '尚未安裝',
    'Register' => '註冊',
    'Remove license key' => '移除授權碼',
    'Save and update' => '保存且更新',
    'Search' => '搜尋',
    'Search...' => '搜尋...',
    'Tags' => '標籤',
    'Third-party' => '第三方',
    'Third-party disclaimer' => '第三方聲明',
    'This Module was developed by a third-party.' => '這個模組是由第三方開發。',
    'Try other keywords or remove filters.' => '請嘗試其他搜尋關鍵字，或者移除篩選條件。',
    'Update' => '更新',
    'Update all' => '全部更新',
    'Update successful' => '升級成功',
    'Version:' => '版本:',
    'Your HumHub installation is up to date!' => '您的HumHub安裝已經是最新版本!',
    '
No active Professional Edition license found!
' => '',
    '
The license could not be activated:
' => '',
    '
The license was successfully activated!

' => '',
    '
The license was successfully removed!

' => '',
    '<strong>Activate</strong> your Professional Edition' => '',
    '<strong>General</strong> Settings' => '',
    'A new update is available (HumHub %version%)!' => '',
    'Add License' => '',
    'Add purchased module by license key' => '',
    'Advanced Module Search' => '',
    'After installing the required module, all you have to do is activate it. After that you can instantly start using the module or function. Please note that some modules need to be configured before use.' => '',
    'All modules' => '',
    'All {moduleId} module content will be deleted. Continue?' => '',
    'Allow module versions in beta status' => '',
    'Available Updates' => '',
    'Buy' => '',
    'Buy (%price%)' => '',
    'Categories' => '',
    'Changelog' => '',
    'Community' => '',
    'Could not connect to HumHub API!' => '',
    'Could not connect to HumHub API!
' => '',
    'Could not connect to license server!' => '',
    'Could not extract module!' => '',
    'Could not find requested module!' => '',
    'Could not find the requested module!' => '',
    'Could not remove old module path!' => '',
    'Could not update license. Error: ' => '',
    'Deprecated' => '',
    'Download of module failed!' => '',
    'Edit License' => '',
    'Enable now' => '',
    'Featured' => '',
    'Find all the modules you can add to your network in our HumHub Marketplace. Discover numerous add-ons and features that customize the software and give you the possibility to configure your network to your needs.' => '',
    'Great!' => '',
    'If this Module is additionally marked as <strong>"Community"</strong> it is neither tested nor monitored by the HumHub project team.' => '',
    'Information' => '',
    'Install' => '',
    'Invalid module license key!' => '',
    'Invalid module license key!
' => '',
    'Latest version:' => '',
    'Learn more' => '',
    'License Key:' => '',
    'License key' => '',
    'License not found or expired. Please contact the module publisher.' => '',
    'Licensed for max. {number} users.' => '',
    'Licensed to:' => '',
    'Marketplace' => '',
    'Marketplace is disabled.' => '',
    'Max. users:' => '',
    'Module "{moduleName}" has been updated to version {newVersion} successfully.' => '',
    'Module <strong>enabled</strong>' => '',
    'Module <strong>installed</strong>' => '',
    'Module Administration' => '',
    'Module configuration' => '',
    'Module directory %modulePath% is not writeable!' => '',
    'Module download failed! (%error%)' => '',
    'Module is <strong>installing...</strong>' => '',
    'Module license added!' => '',
    'Module license added!
' => '',
    'Module license key cannot be empty!
' => '',
    'Module not found or enabled!
' => '',
    'More info' => '',
    'No compatible module version found!' => '',
    'No license key? Find out more about the {pro} or contact us.' => '',
    'No modules found.' => '',
    'No modules installed yet. Install some to enhance the functionality!' => '',
    'No purchased modules found!' => '',
    'No, thank you!' => '',
    'Official' => '',
    'Ok' => '',
    'PROFESSIONAL EDITION' => '',
    'Partner' => '',
    'Professional Edition' => '',
    'Professional Edition is activated!' => '',
    'Stop updating' => '',
    'The HumHub project does not guarantee the functionality, quality or the continuous development of this Module.' => '',
    'Third-party Modules are not covered by Professional Edition agreements.' => '',
    'We are almost there! As a final step, we recommend that you take a look at the module configuration, where you will find numerous configuration options, some of which are required.' => '',
    'Well done! To make the module available within your network, you will also need to enable it. Do you want to enable it now?' => '',
    'Well done! You have successfully installed and enabled the module!' => '',
    'Without category' => '',
    'Would you like to jump straight to it?' => '',
];
