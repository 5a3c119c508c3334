<?php
// Heading
$_['heading_title']            = 'Change Password';

// Text
$_['text_account']             = 'Account';
$_['text_password']            = 'Your Password';
$_['text_success']             = 'Success: Your password has been successfully updated.';

// Entry
$_['entry_password']           = 'Password';
$_['entry_confirm']            = 'Password Confirm';

// Error
$_['error_token']              = 'Warning: Password token invalid!';
$_['error_password']           = 'Password must contain a %s and be between %d and 40 characters!';
$_['error_password_uppercase'] = 'uppercase';
$_['error_password_lowercase'] = 'lowercase';
$_['error_password_number']    = 'number';
$_['error_password_symbol']    = 'symbol';
$_['error_password_length']    = 'Password must be between %d and 40 characters!';
$_['error_confirm']            = 'Password confirmation does not match password!';
