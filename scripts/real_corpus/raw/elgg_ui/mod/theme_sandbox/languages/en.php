<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	'admin:information:theme_sandbox' => 'Theme Sandbox',
	
	'theme_sandbox:intro' => 'Introduction',
	'theme_sandbox:breakout' => 'Break out of iframe',
	'theme_sandbox:buttons' => 'Buttons',
	'theme_sandbox:components' => 'Components',
	'theme_sandbox:email' => 'Email',
	'theme_sandbox:forms' => 'Forms',
	'theme_sandbox:grid' => 'Grid',
	'theme_sandbox:icons' => 'Icons',
	'theme_sandbox:javascript' => 'JavaScript',
	'theme_sandbox:layouts' => 'Layouts',
	'theme_sandbox:modules' => 'Modules',
	'theme_sandbox:navigation' => 'Navigation',
	'theme_sandbox:typography' => 'Typography',

	'theme_sandbox:icons:blurb' => 'Use <em>elgg_view_icon($name)</em> to display icons.',
	
	'theme_sandbox:test_email:button' => "Send Test Mail",
	'theme_sandbox:test_email:success' => "Test mail sent to: %s",
);
