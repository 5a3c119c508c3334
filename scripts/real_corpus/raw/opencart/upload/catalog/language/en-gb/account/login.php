<?php
// Error
$_['error_token']    = 'Warning: Invalid token session. Please login again!';
$_['error_login']    = 'Warning: No match for E-Mail Address and/or Password.';
$_['error_attempts'] = 'Warning: Your account has exceeded allowed number of login attempts. Please try again in 1 hour.';
$_['error_approved'] = 'Warning: Your account requires approval before you can login.';
