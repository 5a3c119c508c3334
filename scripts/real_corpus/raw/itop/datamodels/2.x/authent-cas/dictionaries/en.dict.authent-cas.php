<?php
/**
 * Localized data
 *
 * @copyright   Copyright (C) 2013 XXXXX
 * @license     http://opensource.org/licenses/AGPL-3.0
 */

Dict::Add('EN US', 'English', 'English', array(
	'CAS:Error:UserNotAllowed' => 'User not allowed',
	'CAS:Login:SignIn' => 'Sign in with CAS',
	'CAS:Login:SignInTooltip' => 'Click here to authenticate yourself with the CAS server',
));
