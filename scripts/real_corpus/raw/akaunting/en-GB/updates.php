<?php

return [

    'installed_version'     => 'Installed Version',
    'latest_version'        => 'Latest Version',
    'update'                => 'Update Akaunting to :version version',
    'changelog'             => 'Changelog',
    'check'                 => 'Check',
    'new_core'              => 'An updated version of Akaunting is available.',
    'latest_core'           => 'Congratulations! You have the latest version of Akaunting. Future security updates will be applied automatically.',
    'success'               => 'Update process has been completed successfully.',
    'error'                 => 'Update process has failed, please, try again.',

];
