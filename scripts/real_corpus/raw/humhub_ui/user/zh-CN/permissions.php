<?php

return [
    'Can Access \'People\'' => '',
    'Can access \'People\' section.' => '',
];
