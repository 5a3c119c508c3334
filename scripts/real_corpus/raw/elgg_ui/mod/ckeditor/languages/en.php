<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(
	
	'ckeditor:settings:toolbar_default' => "Editor default toolbar",
	'ckeditor:settings:toolbar_default:help' => "You can configure buttons to show in the toolbar of the default editor",
	'ckeditor:settings:toolbar_simple' => "Editor simple toolbar",
	'ckeditor:settings:toolbar_simple:help' => "You can configure buttons to show in the toolbar of the simple editor",
	
	'ckeditor:upload:missing_upload' => "Missing an uploaded image",
	'ckeditor:upload:invalid_type' => "Uploaded image is not a valid image type",
	'ckeditor:upload:resize_failed' => "The image could not be resized",
);
