<?php
// Heading
$_['heading_title']            = 'Register Account';

// Text
$_['text_account']             = 'Account';
$_['text_register']            = 'Register';
$_['text_account_already']     = 'If you already have an account with us, please login at the <a href="%s">login page</a>.';
$_['text_your_details']        = 'Your Personal Details';
$_['text_newsletter']          = 'Newsletter';
$_['text_your_password']       = 'Your Password';
$_['text_agree']               = 'I have read and agree to the <a href="%s" class="modal-link"><b>%s</b></a>';

// Entry
$_['entry_customer_group']     = 'Customer Group';
$_['entry_firstname']          = 'First Name';
$_['entry_lastname']           = 'Last Name';
$_['entry_email']              = 'E-Mail';
$_['entry_telephone']          = 'Telephone';
$_['entry_newsletter']         = 'Subscribe';
$_['entry_password']           = 'Password';

// Error
$_['error_token']              = 'Warning: Register token invalid!';
$_['error_exists']             = 'Warning: E-Mail Address is already registered!';
$_['error_customer_group']     = 'Customer Group does not appear to be valid!';
$_['error_firstname']          = 'First Name must be between 1 and 32 characters!';
$_['error_lastname']           = 'Last Name must be between 1 and 32 characters!';
$_['error_email']              = 'E-Mail Address does not appear to be valid!';
$_['error_telephone']          = 'Telephone must be between 3 and 32 characters!';
$_['error_custom_field']       = '%s required!';
$_['error_regex']              = '%s is not a valid input!';
$_['error_password']           = 'Password must contain a %s and be between %d and 40 characters!';
$_['error_password_uppercase'] = 'uppercase';
$_['error_password_lowercase'] = 'lowercase';
$_['error_password_number']    = 'number';
$_['error_password_symbol']    = 'symbol';
$_['error_password_length']    = 'Password must be between %d and 40 characters!';
$_['error_agree']              = 'Warning: You must agree to the %s!';
