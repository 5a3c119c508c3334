<?php

return [
    'Show {i} more.' => '再展示 {i} 条。',
    'Date "From" should be before "To"!' => '',
    'The content could not be found.' => '',
    'You are not allowed to view this content.' => '',
];
